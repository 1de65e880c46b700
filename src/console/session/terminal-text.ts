/**
 * Text for the terminal: what scripts print, what CSV files hold and what the learner pastes is
 * shown as characters, never obeyed. xterm.js interprets control sequences (colours, cursor moves,
 * OSC 52 clipboard writes, OSC 8 links), so every control character a script could smuggle in is
 * replaced by its visible Control Pictures symbol before it reaches the terminal; only line
 * breaks and tabs stay, and line breaks become the terminal's CR LF.
 */
export function toTerminalText(text: string): string {
  return text
    .replace(/\r\n/g, '\n')
    // eslint-disable-next-line no-control-regex -- control characters are what this replaces
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, (c) => String.fromCharCode(c === '\u007F' ? 0x2421 : 0x2400 + c.charCodeAt(0)))
    .replace(/[\u0080-\u009F]/g, '\uFFFD')
    .replace(/\n/g, '\r\n');
}
