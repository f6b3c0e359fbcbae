// Text rules shared by the reader and the messages (issue 11 point 12).
export { EXCERPT_LENGTH, excerpt } from './excerpt.ts';
export { characterLabel, type ForbiddenCharacter, findForbiddenCharacter } from './forbidden-characters.ts';
