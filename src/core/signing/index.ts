// Signed outputs and their verification (issue 6): detached .asc and .sha512 beside feeds, OSV and CSAF files, cleartext-signed security.txt.

export { SIGN_CONFIG, VERIFY_CONFIG, WEAK_HASHES } from './config.ts';
export { judgeSignature, PROBLEM_CODES, type SignatureProblem, type SignatureVerdict } from './judge-signature.ts';
export { isSignedOutput, listSignedOutputs, SECURITY_TXT } from './output-files.ts';
export { type SecretKeyPurpose, type SecretKeyStepResult, secretKeyStep } from './secret-key-step.ts';
export { type SignOutputsResult, sha512Line, signCleartextFile, signDetached, signOutputs } from './sign-outputs.ts';
export { type SignSiteResult, signSite } from './sign-site.ts';
export {
  DECRYPTION_KEY_ENV,
  DECRYPTION_PASSPHRASE_ENV,
  readSecretKey,
  type SecretKeyResult,
  type SecretKeySource,
  SIGNING_KEY_ENV,
  SIGNING_PASSPHRASE_ENV,
} from './signing-key.ts';
export { SIGN_FAIL_DAYS, SIGN_WARN_DAYS, type SigningKeyStatus, signingKeyStatus } from './signing-key-status.ts';
export { onTeamAt, type ReadKeyText, signerName, type TeamKey, teamKeys, teamKeysFrom } from './team-keys.ts';
export { type FileVerification, textOutsideSignature, type VerifyOptions, verifyFile } from './verify-file.ts';
