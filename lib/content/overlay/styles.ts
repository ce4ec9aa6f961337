// The overlay's own stylesheet, inside its closed shadow root: the page's CSS cannot reach in, and
// pixel units keep a page's huge root font size out too. Light and dark follow the user's scheme.
export const OVERLAY_CSS = `
:host{all:initial}
.card{box-sizing:border-box;width:100%;max-height:inherit;overflow:auto;font:13px/1.45 system-ui,sans-serif;color:#1f2328;background:#fff;border:1px solid #d0d7de;border-radius:10px;box-shadow:0 8px 28px rgba(0,0,0,.18);padding:12px 14px;text-align:left;letter-spacing:normal;word-spacing:normal;text-transform:none}
*{box-sizing:border-box;font:inherit;color:inherit}
h2{font-size:15px;font-weight:650;line-height:1.3;margin:0 0 4px}
p{margin:4px 0}
.meta{color:#59636e;font-size:12px}
.kind{font-weight:600;margin-right:4px}
.sum{display:-webkit-box;-webkit-line-clamp:6;-webkit-box-orient:vertical;overflow:hidden;white-space:pre-wrap;overflow-wrap:anywhere}
.sum.open{display:block}
.row{display:flex;flex-wrap:wrap;gap:6px;align-items:center;margin-top:8px}
a{color:#0969da;text-decoration:none}a:hover{text-decoration:underline}
button,input{font-size:12px;border:1px solid #d0d7de;border-radius:6px;padding:3px 8px;background:#f6f8fa;cursor:pointer}
input{cursor:text;background:#fff;min-width:0;flex:1}
button[aria-pressed=true]{background:#dafbe1;border-color:#2da44e}
button.link{border:0;background:none;color:#0969da;padding:0}
.chip{border-radius:999px;padding:1px 8px;font-size:11px;font-weight:600;color:#fff;background:var(--c,#bf8700)}
:focus-visible{outline:2px solid #0969da;outline-offset:1px}
@media (prefers-color-scheme:dark){.card{color:#e6edf3;background:#161b22;border-color:#30363d;box-shadow:0 8px 28px rgba(0,0,0,.6)}.meta{color:#9198a1}a,button.link{color:#4493f8}button,input{background:#21262d;border-color:#30363d}button[aria-pressed=true]{background:#1f3d2a;border-color:#2ea043}}
`;
