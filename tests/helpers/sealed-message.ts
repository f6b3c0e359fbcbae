/**
 * `text` encrypted to a throwaway curve25519 key: a well-formed sealed file
 * (one OpenPGP message) for tests that only need one to exist, not to open it.
 */
export async function sealedMessage(text: string): Promise<string> {
  const openpgp = await import('openpgp');
  const { publicKey } = await openpgp.generateKey({
    type: 'curve25519',
    userIDs: [{ name: 'Ada', email: 'ada@test.example' }],
    format: 'object',
  });
  return (await openpgp.encrypt({ message: await openpgp.createMessage({ text }), encryptionKeys: publicKey })) as string;
}
