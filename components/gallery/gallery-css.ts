import { COVER_HOVER_ZOOM, COVER_TILE_ASPECTS } from "@/lib/media/watermark/watermark-safe-area";
import { ROW_HEIGHT } from "./justified-grid";

// The public pages' whole stylesheet, inlined in each page (about 2 KB compressed): no request, no
// render-blocking round trip, and nothing of the admin's Tailwind build.
export const GALLERY_CSS = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;color-scheme:light}
body{margin:0;background:#f6f4f0;color:#1b1916;font:16px/1.55 ui-sans-serif,system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;-webkit-font-smoothing:antialiased}
a{color:inherit;text-underline-offset:.2em;text-decoration-thickness:1px}
:focus-visible{outline:2px solid #b4532a;outline-offset:3px}
.wrap{width:100%;max-width:1760px;margin:0 auto;padding:0 clamp(12px,3vw,44px)}
.serif{font-family:"Iowan Old Style","Palatino Linotype",Palatino,"Book Antiqua",Georgia,"Times New Roman",serif}
.skip{position:absolute;left:-9999px}.skip:focus{left:12px;top:12px;background:#fff;padding:8px 12px;z-index:9}
.top{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:8px 24px;padding-block:22px 8px;border-bottom:1px solid #e2ddd5}
.brand{font-size:19px;letter-spacing:.01em;text-decoration:none}
.nav{display:flex;flex-wrap:wrap;gap:4px 18px;margin:0;padding:0;list-style:none;font-size:14px;color:#6d675f}
.nav a{text-decoration:none;padding-block:4px}
.nav a:hover,.nav a[aria-current]{color:#1b1916}
.nav a[aria-current]{border-bottom:1px solid currentColor}
.hero{padding-block:clamp(28px,6vw,72px) clamp(20px,3vw,36px)}
.kicker{margin:0 0 10px;font-size:12px;letter-spacing:.16em;text-transform:uppercase;color:#6d675f}
.kicker a{text-decoration:none}
h1{margin:0;font-weight:400;font-size:clamp(38px,6.4vw,84px);line-height:1;letter-spacing:-.015em}
.lede{max-width:62ch;margin:18px 0 0;color:#4a4540;font-size:clamp(16px,1.4vw,18px);white-space:pre-line}
.count{margin:14px 0 0;font-size:13px;color:#6d675f}
.jg{--row:${ROW_HEIGHT.phoneVw}vw;--gap:4px;display:flex;flex-wrap:wrap;align-items:flex-start;gap:var(--gap);margin:0;padding:0;list-style:none}
.jg::after{content:"";flex:1000 1 0}
.jt{position:relative;flex:var(--r) 1 calc(var(--r) * var(--row));aspect-ratio:var(--r);overflow:hidden;background:#ddd8cf center/cover no-repeat}
.jt a{position:absolute;inset:0;display:block;cursor:zoom-in}
.jt img,.card img{position:absolute;inset:0;width:100%;height:100%;object-fit:cover;transition:transform .6s cubic-bezier(.2,.7,.2,1),filter .3s}
.jt a:hover img{transform:scale(1.015)}
.jt a:focus-visible{outline-offset:-4px;outline-color:#fff;box-shadow:inset 0 0 0 4px #1b1916}
@media (min-width:641px){.jg{--row:${ROW_HEIGHT.tabletVw}vw;--gap:8px}}
@media (min-width:1101px){.jg{--row:clamp(240px,21vw,${ROW_HEIGHT.desktopPx}px);--gap:10px}}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,340px),1fr));gap:clamp(20px,3vw,40px) clamp(12px,2vw,28px);margin:0;padding:0;list-style:none}
.card a{display:block;text-decoration:none}
.card .cover{position:relative;display:block;aspect-ratio:${COVER_TILE_ASPECTS.portrait.w}/${COVER_TILE_ASPECTS.portrait.h};overflow:hidden;background:#ddd8cf center/cover no-repeat}
.card a:hover img{transform:scale(${COVER_HOVER_ZOOM})}
@media (max-width:640px){.card .cover{aspect-ratio:${COVER_TILE_ASPECTS.landscape.w}/${COVER_TILE_ASPECTS.landscape.h}}}
.card h2{margin:14px 0 2px;font-weight:400;font-size:clamp(22px,2vw,28px);line-height:1.15}
.card p{margin:0;font-size:13px;color:#6d675f}
.card .bio{margin-top:6px;font-size:15px;color:#4a4540;display:-webkit-box;-webkit-line-clamp:2;-webkit-box-orient:vertical;overflow:hidden}
.empty{padding:48px 0;color:#6d675f}
.foot{display:flex;flex-wrap:wrap;justify-content:space-between;gap:8px 24px;margin-top:clamp(40px,6vw,88px);padding-block:22px 32px;border-top:1px solid #e2ddd5;font-size:13px;color:#6d675f}
.foot a{text-decoration:none}.foot a:hover{color:#1b1916}
.missing{min-height:70vh;display:grid;place-content:center;text-align:center;gap:14px}
.missing p{margin:0;color:#4a4540}
@media (prefers-reduced-motion:reduce){*{transition:none!important;scroll-behavior:auto!important}}
`
  .replace(/\n/g, "")
  .replace(/\s*([{};,>])\s*/g, "$1");
