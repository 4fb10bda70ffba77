import { z } from '@/lib/zod';

const slug = z.string().regex(/^[a-z0-9-]{1,50}$/, 'invalid');
const id = z.coerce.number().int().positive('invalid');

export const checkInSchema = z.object({
  location: slug,
  code: z.string().trim().min(1, 'required').max(200, 'too_long'),
});

export const walkInSchema = z.object({ location: slug, serviceId: id });

export const callNextSchema = z.object({ deskId: id });

export const ticketActionSchema = z.object({ deskId: id, ticketId: id });

export const finishSchema = ticketActionSchema.extend({ outcome: z.enum(['served', 'absent'], 'invalid') });

// Kiosk devices: the admin names a device at one location, or revokes one.
export const registerKioskDeviceSchema = z.object({
  locationId: id,
  name: z.string().trim().min(1, 'required').max(100, 'too_long'),
});

export const kioskDeviceIdSchema = z.object({ id: z.string().uuid('invalid') });

// The pairing token from the link's fragment; its exact shape is checked before any lookup.
export const pairKioskDeviceSchema = z.object({ token: z.string().min(1, 'required').max(200, 'invalid') });
