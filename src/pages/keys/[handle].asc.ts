// The team members' public OpenPGP keys, for security.txt's Encryption field and the team page.
import type { APIRoute, GetStaticPaths } from 'astro';
import type { TeamMember } from '../../core/index.ts';
import { siteData } from '../../site/database.ts';
import { keyText } from '../../site/keys.ts';

export const getStaticPaths = (() => {
  const { db } = siteData();
  return db.members
    .filter((m) => keyText(db.root, m) !== undefined)
    .map((member) => ({ params: { handle: member.handle }, props: { member } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { db } = siteData();
  const { member } = props as { member: TeamMember };
  return new Response(keyText(db.root, member) ?? '', { headers: { 'content-type': 'application/pgp-keys' } });
};
