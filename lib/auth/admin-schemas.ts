import { z } from 'zod';

const role = z.enum(['viewer', 'editor', 'admin'], { error: 'Role must be viewer, editor or admin' });

export const createUserSchema = z.object({
  email: z.email('Give a valid email address').max(200),
  password: z.string({ error: 'Password is required' }).min(10, 'Password must be at least 10 characters').max(200, 'Password must be at most 200 characters'),
  role,
  name: z.string().trim().max(100, 'Name must be at most 100 characters').optional(),
});

export const updateUserSchema = z.object({ role });

export const createTokenSchema = z.object({
  name: z.string({ error: 'Name is required' }).trim().min(1, 'Name is required').max(100, 'Name must be at most 100 characters'),
  role,
});

const hostAndPort = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:]+\]):\d{1,5}$/, 'Each allowed address is a host and a port, such as intranet.example:443');

/** Either setting or both: who may read, and which private hosts the article fetcher may reach. */
export const settingsSchema = z
  .object({
    readAccess: z.enum(['public', 'signed-in'], { error: 'Reading is public or signed-in' }).optional(),
    fetchAllowlist: z.array(hostAndPort).max(50, 'At most 50 allowed addresses').optional(),
  })
  .refine((s) => s.readAccess !== undefined || s.fetchAllowlist !== undefined, { message: 'Send readAccess, fetchAllowlist or both', path: ['readAccess'] });

export const reopenInstallSchema = z.object({
  confirm: z.literal('reopen', { error: 'Send "confirm": "reopen" to open the install to everyone' }),
});
