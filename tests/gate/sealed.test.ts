import * as openpgp from 'openpgp';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { sealedMessage } from '../helpers/sealed-message.ts';
import { codes, type GateRepo, gateRepo } from './gate-context.ts';

const NOW = new Date('2026-11-24T12:00:00Z');
const NAME = 'advisories/sealed/abcdefghijklmnopqrstuvwxyz.yaml.asc';
let g: GateRepo;
let sealed: string;
beforeAll(async () => {
  g = await gateRepo();
  sealed = await sealedMessage('id: TST-2026-0009\nstatus: draft\n');
});
afterAll(() => g.repo.cleanup());

test('a sealed draft passes; it is not read as an advisory', async () => {
  const head = await g.commit({ ...g.initial, [NAME]: sealed }, [g.root]);
  const result = await g.gate(g.root, head, NOW);
  expect(result.changes).toEqual([]);
  expect(codes(result)).toEqual([]);
});

test('plaintext in the sealed folder fails closed', async () => {
  const head = await g.commit({ ...g.initial, [NAME]: 'id: TST-2026-0009\nstatus: draft\nsummary: secret\n' }, [g.root]);
  expect(codes(await g.gate(g.root, head, NOW))).toEqual(['SEAL_NOT_ONE_MESSAGE']);
});

test('a telling name fails even when the content is encrypted', async () => {
  const head = await g.commit({ ...g.initial, 'advisories/sealed/TST-2026-0009.yaml.asc': sealed }, [g.root]);
  expect(codes(await g.gate(g.root, head, NOW))).toEqual(['SEAL_FILE_NAME']);
});

test('a signed-only message is not encrypted', async () => {
  const { privateKey } = await openpgp.generateKey({ type: 'curve25519', userIDs: [{ name: 'Bo' }], format: 'object' });
  const signed = (await openpgp.sign({
    message: await openpgp.createMessage({ text: 'status: draft\n' }),
    signingKeys: privateKey,
  })) as string;
  const head = await g.commit({ ...g.initial, [NAME]: signed }, [g.root]);
  expect(codes(await g.gate(g.root, head, NOW))).toEqual(['SEAL_NOT_ENCRYPTED']);
});
