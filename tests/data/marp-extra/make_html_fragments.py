"""Raw HTML fragments and what marp-core's HTML filter makes of them: html_fragments.json, for
tests/unit/test_deck_marp_html.py. Needs node and the marp-oracle's install (run the oracle once first).
"""
import json
import random
import subprocess
from pathlib import Path

random.seed(15)
pieces = ['<', '>', '</', '/>', 'div', 'img', 'p', 'a', 'script', 'iframe', 'span', 'br', ' ', '\n', '\t', '=', '"', "'",
          'class', 'style', 'href', 'src', 'title', 'dir', 'rtl', 'x', 'http://e.com/a', 'javascript:alert(1)', 'data:image/png',
          '&quot;', '&#x41;', '&#65;', '&colon;', '&amp;', '<!--', '-->', 'onclick', 'alt', '说明 text', 'DIV', 'pre', 'details']
hand = ['<div class="box">\nInside **x**\n</div>\n', '<pre>\nline one\n  <b>bold</b>\n</pre>\n',
        '<details><summary>More</summary>\nTwice a day.\n</details>\n', '<div>\n<!-- not a note -->\nVisible\n</div>\n',
        '<script>alert("x")</script>\n', '<iframe src="https://example.com"></iframe>\n', '<font color="red">',
        '<p style="color: white" class="big" onclick="x()">S</p>', '<a href="javascript:alert(1)">', '<a href="https://e.org">',
        '<a href="mailto:x@y.z">', '<br>', '<BR/>', '</br>', '<hr class=x>', '<div dir="RTL" title=\'t\' lang=en>',
        '<span title="a &quot;b&quot; &#60;c&#62;">', '<td colspan=2 align="center" bgcolor="red">', '<?php echo 1; ?>',
        '<!DOCTYPE html>', '<![CDATA[ x ]]>', '<div\nclass="a"\n>', '<p a=1 b c="d" e=\'f\'>', '<center>', '<u>', '<kbd>',
        '<video src="v.mp4" poster="javascript:x" controls>', '<source srcset="a.png, javascript:b">', '<ol start=3 reversed>',
        '<table border=1 width="50%">', '<time datetime="2020">', 'a < b > c', '<div <span>', '<div title="x>y">',
        '<div title=x>y">', '<!-- unclosed', 'text <!-- a --> more <!-- b', '<style>p{}</style>']
frags = hand + [''.join(random.choice(pieces) for _ in range(random.randint(1, 20))) for _ in range(300)]
frags = [f for f in frags if '<img' not in f.lower() and '</img' not in f.lower()]  # counsel rewrites pictures on purpose
js = r'''
const {Marp}=require(process.env.HOME+'/.cache/marp-oracle/node_modules/@marp-team/marp-core');
const md=new Marp().markdown; const frags=JSON.parse(require('fs').readFileSync(0,'utf8'));
process.stdout.write(JSON.stringify(frags.map(f=>md.renderer.rules.html_block([{content:f}],0,md.options,{},md.renderer))));
'''
out = json.loads(subprocess.run(['node', '-e', js], input=json.dumps(frags), capture_output=True, text=True, check=True).stdout)
doc = {"_about": "Raw HTML fragments and what marp-core 4.x's HTML filter (html_block render rule, default allowlist) "
                  "makes of them; made with node and the marp-oracle's marp-core (tests/data/marp-extra/README.md).",
       "cases": [[f, o] for f, o in zip(frags, out)]}
open(Path(__file__).resolve().parent / 'html_fragments.json', 'w', encoding='utf-8').write(json.dumps(doc, ensure_ascii=False, indent=0) + "\n")
print(len(frags))
