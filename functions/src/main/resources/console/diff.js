// Word differences between two texts: the longest common subsequence of their words.
export function tokens(text) {
  return (text || '').split(/(\s+)/).filter(t => t.length > 0);
}

// [{op: 'same'|'add'|'remove', text}] turning `before` into `after`.
export function wordDiff(before, after) {
  const a = tokens(before);
  const b = tokens(after);
  const n = a.length;
  const m = b.length;
  if (n * m > 4_000_000) {
    return [{ op: 'remove', text: before || '' }, { op: 'add', text: after || '' }];
  }
  const lcs = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const out = [];
  const push = (op, text) => {
    const last = out[out.length - 1];
    if (last && last.op === op) last.text += text; else out.push({ op, text });
  };
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) { push('same', a[i]); i++; j++; }
    else if (lcs[i + 1][j] >= lcs[i][j + 1]) { push('remove', a[i]); i++; }
    else { push('add', b[j]); j++; }
  }
  while (i < n) push('remove', a[i++]);
  while (j < m) push('add', b[j++]);
  return out;
}

export function changed(parts) {
  return parts.some(p => p.op !== 'same');
}
