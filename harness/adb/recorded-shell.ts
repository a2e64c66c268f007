/** What a tiny phone shell prints for `command`: each ";"-separated part, "echo WORDS" itself, others from `replies`. */
export function recordedShellOutput(command: string, replies: Readonly<Record<string, string>>): string {
  let output = ''
  for (const part of command
    .split(';')
    .map((p) => p.trim())
    .filter(Boolean)) {
    if (part.startsWith('echo ')) output += `${part.slice(5).replace(/^(['"])(.*)\1$/, '$2')}\n`
    else output += replies[part] ?? `/system/bin/sh: ${part.split(' ')[0]}: inaccessible or not found\n`
  }
  return output
}
