// CVSS vectors explained in words, 3.x and 4.0.
import { expect, test } from 'vitest';
import { cvssInWords } from '../../src/core/words/cvss-words.ts';

const text = (vector: string) => cvssInWords(vector).map((m) => `${m.name}: ${m.value}`);

test('a CVSS 3.1 vector names every base metric', () => {
  expect(text('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H')).toEqual([
    'Attack vector: network (remotely exploitable)',
    'Attack complexity: low',
    'Privileges required: none',
    'User interaction: none',
    'Scope: unchanged (only the vulnerable component)',
    'Confidentiality impact: none',
    'Integrity impact: none',
    'Availability impact: high',
  ]);
});

test('CVSS 3.0 reads the same way', () => {
  expect(text('CVSS:3.0/AV:L/AC:H/PR:H/UI:R/S:C/C:L/I:L/A:N').slice(0, 5)).toEqual([
    'Attack vector: local access needed',
    'Attack complexity: high (needs conditions beyond the attacker’s control)',
    'Privileges required: high (an administrator)',
    'User interaction: required',
    'Scope: changed (reaches beyond the vulnerable component)',
  ]);
});

test('a CVSS 4.0 vector names its requirements, user interaction and both systems’ impacts; threat metrics are left out', () => {
  expect(text('CVSS:4.0/AV:A/AC:L/AT:P/PR:L/UI:A/VC:H/VI:L/VA:N/SC:N/SI:N/SA:L/E:P')).toEqual([
    'Attack vector: adjacent network only',
    'Attack complexity: low',
    'Attack requirements: present (depends on the deployment)',
    'Privileges required: low (a normal user)',
    'User interaction: active (the user must take an action)',
    'Confidentiality impact: high',
    'Integrity impact: low',
    'Availability impact: none',
    'Confidentiality impact on other systems: none',
    'Integrity impact on other systems: none',
    'Availability impact on other systems: low',
  ]);
});

test('what is not a CVSS vector gives no words', () => {
  expect(cvssInWords('AV:N/AC:L')).toEqual([]);
});
