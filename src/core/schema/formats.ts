import { PackageURL } from 'packageurl-js';
import { cvssProblem } from '../cvss.ts';
import { excerpt } from '../text/excerpt.ts';

/**
 * Custom JSON Schema formats. Each has a checker that says *why* a value is
 * wrong, so the error can name the problem and its own permanent code; AJV
 * only needs the yes/no.
 */
export interface FormatProblem {
  code: 'TIME_NO_ZONE' | 'TIME_INVALID' | 'URL_SCHEME' | 'URL_INVALID' | 'CVSS_INVALID' | 'PURL_INVALID';
  message: string;
  hint: string;
}

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?Z$/;
const INSTANT_ANY_ZONE = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(z|[+-]\d{2}:?\d{2})?$/;

export function instantProblem(value: string): FormatProblem | undefined {
  const m = INSTANT.exec(value);
  if (!m) {
    if (INSTANT_ANY_ZONE.test(value)) {
      return {
        code: 'TIME_NO_ZONE',
        message: `\`${excerpt(value)}\` is not a UTC instant; times must be written in UTC with a trailing Z.`,
        hint: 'Write the full UTC time, e.g. 2026-12-01T14:00:00Z (convert from your local zone first).',
      };
    }
    return {
      code: 'TIME_INVALID',
      message: `\`${excerpt(value)}\` is not a time.`,
      hint: 'Write a UTC instant like 2026-12-01T14:00:00Z.',
    };
  }
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  if (
    year < 1970 ||
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    return {
      code: 'TIME_INVALID',
      message: `\`${excerpt(value)}\` is not a real instant (no such day or time${second === 60 ? '; leap seconds are not accepted' : ''}).`,
      hint: 'Check the day of the month and the time of day.',
    };
  }
  return undefined;
}

export function urlProblem(value: string): FormatProblem | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { code: 'URL_INVALID', message: `\`${excerpt(value)}\` is not a URL.`, hint: 'Write a full https:// URL or a mailto: address.' };
  }
  if (/[\s\u0000-\u001f\u007f]/.test(value)) {
    return {
      code: 'URL_INVALID',
      message: 'The URL contains spaces or control characters.',
      hint: 'Percent-encode them (%20) or remove them.',
    };
  }
  if (url.protocol === 'https:') {
    if (url.username || url.password) {
      return { code: 'URL_INVALID', message: 'The URL carries a user name or password.', hint: 'Remove the credentials from the URL.' };
    }
    return undefined;
  }
  if (url.protocol === 'mailto:' && /^[^@\s]+@[^@\s]+$/.test(decodeURIComponent(url.pathname))) return undefined;
  if (url.protocol === 'mailto:') {
    return { code: 'URL_INVALID', message: `\`${excerpt(value)}\` is not a mailto: address.`, hint: 'Write mailto:name@example.org.' };
  }
  return {
    code: 'URL_SCHEME',
    message: `The URL scheme \`${excerpt(url.protocol)}\` is not allowed; links must be https: (or mailto: for contacts).`,
    hint: url.protocol === 'http:' ? 'Use the https:// address of the same page.' : 'Link to an https:// page instead.',
  };
}

export function purlProblem(value: string): FormatProblem | undefined {
  try {
    const purl = PackageURL.fromString(value);
    if (purl.version) {
      return {
        code: 'PURL_INVALID',
        message: 'The purl names a version; package purls here name the package only.',
        hint: `Drop the @${excerpt(purl.version)} part.`,
      };
    }
    return undefined;
  } catch (error) {
    return {
      code: 'PURL_INVALID',
      message: `\`${excerpt(value)}\` is not a package URL: ${excerpt((error as Error).message, 200)}.`,
      hint: 'Write it as pkg:<type>/<namespace>/<name>, e.g. pkg:pypi/requests.',
    };
  }
}

export function cvssFormatProblem(value: string): FormatProblem | undefined {
  const problem = cvssProblem(value);
  if (!problem) return undefined;
  return {
    code: 'CVSS_INVALID',
    message: `\`${excerpt(value)}\` is not a valid CVSS vector: ${excerpt(problem, 200)}.`,
    hint: 'Copy the vector from a CVSS calculator, e.g. CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H.',
  };
}

export const FORMAT_CHECKERS: Record<string, (value: string) => FormatProblem | undefined> = {
  'utc-instant': instantProblem,
  'safe-url': urlProblem,
  purl: purlProblem,
  'cvss-vector': cvssFormatProblem,
};
