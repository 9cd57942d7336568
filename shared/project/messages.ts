import { z } from 'zod';

/**
 * Plain-language messages for schema problems, as the CLI and error reports show them
 * ("Enter at least 0." rather than "Too small: expected number to be >=0"). Forms in the UI
 * set their own, translated, messages.
 */
z.config({
  customError: (issue) => {
    switch (issue.code) {
      case 'too_small':
        if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'Fill this in.' : `Enter at least ${issue.minimum} characters.`;
        if (issue.origin === 'array') return `Add at least ${issue.minimum}.`;
        return `Enter ${issue.inclusive === false ? 'more than' : 'at least'} ${issue.minimum}.`;
      case 'too_big':
        if (issue.origin === 'string') return `Shorten this to at most ${issue.maximum} characters.`;
        if (issue.origin === 'array') return `Keep at most ${issue.maximum}.`;
        return `Enter ${issue.inclusive === false ? 'less than' : 'at most'} ${issue.maximum}.`;
      case 'invalid_type':
        return issue.input === undefined ? 'Missing: this field is required.' : `Expected ${issue.expected}.`;
      case 'invalid_value':
        return `Use one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}.`;
      default:
        return undefined;
    }
  },
});
