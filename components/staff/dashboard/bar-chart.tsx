/** A server-rendered horizontal bar chart; the numbers are also in a table beside it, so the SVG is only a picture. */
export function BarChart({ title, data, unit }: { title: string; data: { label: string; value: number }[]; unit?: string }) {
  const max = Math.max(1, ...data.map((d) => d.value));
  const rowHeight = 26;
  const labelWidth = 260;
  const barWidth = 300;
  const height = data.length * rowHeight + 10;
  return (
    <svg role="img" aria-label={title} viewBox={`0 0 ${labelWidth + barWidth + 70} ${height}`} style={{ width: '100%', maxWidth: '44rem', height: 'auto' }}>
      {data.map((d, i) => {
        const y = i * rowHeight + 5;
        const w = Math.round((d.value / max) * barWidth);
        return (
          <g key={d.label}>
            <text x={labelWidth - 8} y={y + 16} textAnchor="end" fontSize="12" fill="#1b1b1b">
              {d.label}
            </text>
            <rect x={labelWidth} y={y + 3} width={Math.max(w, d.value > 0 ? 2 : 0)} height={rowHeight - 8} fill="#0b3d91" />
            <text x={labelWidth + w + 6} y={y + 16} fontSize="12" fill="#1b1b1b">
              {d.value}
              {unit ?? ''}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
