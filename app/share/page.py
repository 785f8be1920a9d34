"""The page a phone opens from the QR code: asks for the code, then shows each video playing and a big
"Simpan video" button. One small HTML file with its CSS and script inside: no outside resources
(the laptop is offline, and the page must work on a hotspot with no internet).

The page's words are here in both languages, chosen by the phone's ``Accept-Language``: the phone
is not the app, so they do not go through the app's Qt translations.
"""

from __future__ import annotations

import html
import json
from urllib.parse import quote

from app.share.shared import SharedFile

WORDS = {
    "id": {
        "title": "Kirim ke HP — AnakGENIUS Studio",
        "lead": "Ketik kode yang tampil di laptop:",
        "code": "Kode",
        "go": "Buka video",
        "save": "Simpan video",
        "wrong": "Kodenya salah. Lihat lagi layar laptop.",
        "wait": "Terlalu banyak kode salah. Tunggu satu menit, lalu coba lagi.",
        "gone": "Laptop sudah berhenti berbagi. Minta dibagikan lagi.",
        "hint": "Kalau video tidak tersimpan: tekan lama videonya, lalu pilih Simpan atau Unduh.",
    },
    "en": {
        "title": "Send to phone — AnakGENIUS Studio",
        "lead": "Type the code shown on the laptop:",
        "code": "Code",
        "go": "Open the video",
        "save": "Save video",
        "wrong": "That code is wrong. Look at the laptop's screen again.",
        "wait": "Too many wrong codes. Wait a minute, then try again.",
        "gone": "The laptop has stopped sharing. Ask for it to be shared again.",
        "hint": "If the video is not saved: press and hold the video, then choose Save or Download.",
    },
}

_STYLE = """
*{box-sizing:border-box}body{margin:0;font-family:system-ui,-apple-system,Roboto,sans-serif;
background:#FFF8E7;color:#222;padding:16px;max-width:640px;margin:auto}
h1{font-size:1.25rem;color:#C2185B;margin:.2em 0 .8em}p{font-size:1.05rem}
input{font-size:2rem;letter-spacing:.3em;width:100%;padding:.3em;text-align:center;border:2px solid #C2185B;
border-radius:12px}
button,a.save{display:block;width:100%;margin:.6em 0;padding:.8em;font-size:1.3rem;font-weight:bold;
border:0;border-radius:14px;background:#C2185B;color:#fff;text-align:center;text-decoration:none}
video{width:100%;max-height:60vh;background:#000;border-radius:12px}
.file{margin:1em 0 2em}.name{font-weight:bold;word-break:break-all}.msg{color:#B71C1C;font-weight:bold}
.hint{color:#555;font-size:.9rem}[hidden]{display:none!important}
"""

_SCRIPT = """
(function(){
var F=JSON.parse(document.getElementById('files').textContent);
var W=JSON.parse(document.getElementById('words').textContent);
var form=document.getElementById('ask'),box=document.getElementById('code'),msg=document.getElementById('msg');
function show(code){
  form.hidden=true;var list=document.getElementById('list');list.hidden=false;
  F.forEach(function(f,i){
    var d=document.createElement('div');d.className='file';
    var n=document.createElement('div');n.className='name';n.textContent=f.name;d.appendChild(n);
    var q='?code='+encodeURIComponent(code);
    if(f.video){var v=document.createElement('video');v.controls=true;v.setAttribute('playsinline','');
      v.preload='metadata';v.id='video'+i;v.src=f.url+q+'&play=1';d.appendChild(v);}
    var a=document.createElement('a');a.className='save';a.id='save'+i;a.href=f.url+q;
    a.setAttribute('download',f.name);a.textContent=W.save;d.appendChild(a);
    list.appendChild(d);});
  document.getElementById('hint').hidden=false;
}
form.addEventListener('submit',function(e){
  e.preventDefault();var code=box.value.replace(/\\D/g,'');msg.textContent='';
  fetch('check?code='+encodeURIComponent(code),{cache:'no-store'}).then(function(r){
    if(r.status===204){show(code);}
    else{msg.textContent=r.status===429?W.wait:(r.status===403?W.wrong:W.gone);}
  },function(){msg.textContent=W.gone;});
});
var pre=new URLSearchParams(location.search).get('code');if(pre){box.value=pre;}
})();
"""


def choose_language(accept_language: str | None) -> str:
    """``id`` or ``en``: the first of them the phone asks for (by q-value), Indonesian if neither."""
    ranked: list[tuple[float, int, str]] = []
    for i, part in enumerate((accept_language or "").split(",")[:20]):
        tag, _, params = part.strip().partition(";")
        q = 1.0
        params = params.strip()
        if params.startswith("q="):
            try:
                q = float(params[2:])
            except ValueError:
                q = 0.0
        primary = tag.strip().lower().split("-")[0]
        if primary in ("id", "in", "ms"):
            ranked.append((-q, i, "id"))
        elif primary == "en":
            ranked.append((-q, i, "en"))
    ranked = [r for r in ranked if r[0] < 0]
    return min(ranked)[2] if ranked else "id"


def _json(value: object) -> str:
    """JSON safe inside a <script> element (no ``</script>`` or ``<!--`` can close it)."""
    return json.dumps(value, ensure_ascii=True).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def file_path(index: int, shared: SharedFile) -> str:
    """A file's path below the share's root (its name is there for phones that save under the URL's name)."""
    return f"f/{index}/{quote(shared.ascii_name, safe='')}"


def render(files: list[SharedFile], language: str) -> bytes:
    words = WORDS[language]
    data = [{"name": f.name, "url": file_path(i, f), "video": f.is_video} for i, f in enumerate(files)]
    names = "".join(f"<li>{html.escape(f.name)}</li>" for f in files[:5])
    page = f"""<!doctype html>
<html lang="{language}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{html.escape(words['title'])}</title><style>{_STYLE}</style></head>
<body><h1>{html.escape(words['title'])}</h1>
<form id="ask"><ul>{names}</ul><p>{html.escape(words['lead'])}</p>
<input id="code" name="code" inputmode="numeric" autocomplete="one-time-code" maxlength="7"
 aria-label="{html.escape(words['code'])}" autofocus>
<button id="go" type="submit">{html.escape(words['go'])}</button><p id="msg" class="msg" role="alert"></p></form>
<div id="list" hidden></div><p id="hint" class="hint" hidden>{html.escape(words['hint'])}</p>
<script type="application/json" id="files">{_json(data)}</script>
<script type="application/json" id="words">{_json(words)}</script>
<script>{_SCRIPT}</script></body></html>
"""
    return page.encode("utf-8")
