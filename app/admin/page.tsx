import { AdminView } from '@/components/account/admin-view';
import { requireSignInToRead } from '../_lib/require-sign-in-to-read';

export default async function AdminPage() {
  await requireSignInToRead('/admin');
  return (
    <>
      <h1>Administration</h1>
      <AdminView />
    </>
  );
}
