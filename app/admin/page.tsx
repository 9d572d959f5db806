import { AdminView } from '@/components/account/admin-view';

export default function AdminPage() {
  return (
    <>
      <h1>Administration</h1>
      <AdminView />
    </>
  );
}
