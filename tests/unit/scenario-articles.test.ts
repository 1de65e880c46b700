import { describe, expect, it } from 'vitest';
import { interpolate } from '../../src/scenario/template';

/* Task text reads as English whatever was drawn: the article before a placeholder agrees with the value. */

const hire = (title: string) => ({ hire: { title, department: 'Finance' } });

describe('the article before a drawn value', () => {
  it('becomes "an" before a vowel sound, through Markdown emphasis', () => {
    expect(interpolate('joins as a *{{hire.title}}* in {{hire.department}}.', hire('Accountant'))).toBe('joins as an *Accountant* in Finance.');
    expect(interpolate('He is a {{hire.title}}.', hire('hourly worker'))).toBe('He is an hourly worker.');
  });

  it('becomes "a" before a consonant sound, keeping a capital', () => {
    expect(interpolate('An {{hire.title}} joins.', hire('Developer'))).toBe('A Developer joins.');
    expect(interpolate('Hire an {{hire.title}}.', hire('User Researcher'))).toBe('Hire a User Researcher.');
    expect(interpolate('Hire a {{hire.title}}.', hire('Sales Rep'))).toBe('Hire a Sales Rep.');
  });

  it('leaves words that only end in "a" alone', () => {
    expect(interpolate('Data {{hire.title}}', hire('Accountant'))).toBe('Data Accountant');
  });
});
