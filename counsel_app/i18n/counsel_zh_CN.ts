<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <location filename="../qt/app.py" line="+211"/>
        <source>Deck reloaded</source>
        <translation>幻灯片已重新载入</translation>
    </message>
    <message>
        <location filename="../qt/file_actions.py" line="+150"/>
        <source>Handout saved: %1</source>
        <translation>宣教单已保存：%1</translation>
    </message>
    <message>
        <location filename="../qt/preferences.py" line="+53"/>
        <source>The language changes the next time counsel starts</source>
        <translation>界面语言将在下次启动 counsel 时切换</translation>
    </message>
</context>
<context>
    <name>DoctorTools</name>
    <message>
        <location filename="../qt/tools.py" line="+127"/>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 over</source>
        <translation>超时 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this part: %1 ahead</source>
        <translation>本部分：提前 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>this part: on time</source>
        <translation>本部分：按时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this part: %1 behind</source>
        <translation>本部分：落后 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Planned visit: %1 min (front matter &apos;duration&apos;, else the setting)</source>
        <translation>计划宣教时长：%1 分钟（幻灯片开头的 duration，否则按设置）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ahead</source>
        <translation>提前</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>on time</source>
        <translation>按时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>behind</source>
        <translation>落后</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: planned %2, so far %3 (%4)</source>
        <translation>%1：计划 %2，已用 %3（%4）</translation>
    </message>
</context>
<context>
    <name>EditorLauncher</name>
    <message>
        <location filename="../qt/editor_launch.py" line="+64"/>
        <source>Close this editor first, then import the article again.</source>
        <translation>请先关闭这个编辑窗口, 再重新导入文章。</translation>
    </message>
</context>
<context>
    <name>EditorPreview</name>
    <message>
        <location filename="../qt/editor_preview.py" line="+45"/>
        <source>What the patient will see (%1 x %2)</source>
        <translation>患者将看到的画面（%1 × %2）</translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="vanished">检查</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Check (click a finding to go to its field)</source>
        <translation>检查（点击一条问题, 跳到要修改的地方）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No problems found</source>
        <translation>未发现问题</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>view %1 of %2</source>
        <translation>第 %1 屏, 共 %2 屏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fits on one view</source>
        <translation>一屏可以放下</translation>
    </message>
</context>
<context>
    <name>EditorWindow</name>
    <message>
        <location filename="../qt/editor_window.py" line="+121"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;as...</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close editor</source>
        <translation>关闭编辑器(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add slide</source>
        <translation>添加一页(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New slide</source>
        <translation>新的一页</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate slide</source>
        <translation>复制此页(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete slide</source>
        <translation>删除此页(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;part</source>
        <translation>添加部分(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New part</source>
        <translation>新的部分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move slide &amp;up</source>
        <translation>此页上移(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move slide do&amp;wn</source>
        <translation>此页下移(&amp;W)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Slide</source>
        <translation>页(&amp;S)</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation type="vanished">（无标题）</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Edit: %1</source>
        <translation>编辑: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit: %1 (new draft, not saved yet)</source>
        <translation>编辑: %1（新草稿, 尚未保存）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This change cannot be written on this slide: %1</source>
        <translation>此页无法写入这项修改: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose another picture, or rename or move the file that is there, then try again.</source>
        <translation>请换一张图片，或把已有的那个文件改名或移走，然后再试一次。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a picture</source>
        <translation>选择图片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.svg)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.svg)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This change cannot be made: %1</source>
        <translation>无法进行这项修改: %1</translation>
    </message>
    <message>
        <location filename="../qt/editor_saving.py" line="+83"/>
        <source>Save the deck under another name or in another folder?</source>
        <translation>用其他名称或在其他文件夹中保存幻灯片吗?</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save the deck under another name? (To replace that file instead, choose its name and confirm when you are asked.)</source>
        <translation>将幻灯片另存为其他名称吗？（如要替换那个文件，请选择它的名称，并在询问时确认。）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A file named “%1” is already in the folder %2, so nothing was written over it.</source>
        <translation>文件夹 %2 中已有名为“%1”的文件，因此没有覆盖它。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the deck as</source>
        <translation>幻灯片另存为</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marp decks (*.md)</source>
        <translation>Marp 幻灯片 (*.md)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>This deck has edits that were not saved when counsel last closed. Restore them?</source>
        <translation>这份幻灯片有上次 counsel 关闭时未保存的修改。要恢复这些修改吗?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No changes to save</source>
        <translation>没有需要保存的修改</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save your version anyway? The other version is kept as %1.</source>
        <translation>仍然保存您的版本吗? 另一个版本会保存为 %1。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The changes to this deck are not saved.</source>
        <translation>对幻灯片的修改尚未保存。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save them, discard them, or cancel and go on editing?</source>
        <translation>保存修改、放弃修改, 还是取消并继续编辑?</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../qt/errors.py" line="+30"/>
        <source>Something went wrong (%1). The presentation goes on; the details are in the log.</source>
        <translation>出现错误（%1）。演示继续进行，详细信息已写入日志。</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../qt/file_actions.py" line="-107"/>
        <source>Open deck</source>
        <translation>打开讲稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decks (*.md *.markdown *.txt)</source>
        <translation>讲稿 (*.md *.markdown *.txt)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import article</source>
        <translation>导入文章</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Articles (*.txt *.md *.markdown *.docx *.html *.htm)</source>
        <translation>文章 (*.txt *.md *.markdown *.docx *.html *.htm)</translation>
    </message>
    <message>
        <source>Save the new deck</source>
        <translation type="vanished">保存新幻灯片</translation>
    </message>
    <message>
        <source>Decks (*.md)</source>
        <translation type="vanished">幻灯片 (*.md)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Which slides go into the handout?</source>
        <translation>宣教单包含哪些页？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All slides</source>
        <translation>全部页面</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the slides shown today</source>
        <translation>仅今天讲过的页面</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>With the doctor&apos;s marks (this visit&apos;s drawings)</source>
        <translation>包含医生的标注（本次画的笔迹）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export handout</source>
        <translation>导出宣教单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <location filename="../qt/keys_dialog.py" line="+16"/>
        <source>Next slide</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous slide</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First slide</source>
        <translation>第一页</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last slide</source>
        <translation>最后一页</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next, or go to the typed slide number</source>
        <translation>下一页，或跳到输入的页码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Black screen (again: back)</source>
        <translation>黑屏（再按一次恢复）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>White screen (again: back)</source>
        <translation>白屏（再按一次恢复）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave black/white/preview, pointer or pen</source>
        <translation>退出黑屏/白屏/预览、指示点或画笔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start from the first slide</source>
        <translation>从第一页开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start from this slide</source>
        <translation>从当前页开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swap screens</source>
        <translation>交换屏幕</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This list</source>
        <translation>显示本列表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes larger</source>
        <translation>讲稿备注字号放大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes smaller</source>
        <translation>讲稿备注字号缩小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient text larger</source>
        <translation>患者画面文字放大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient text smaller</source>
        <translation>患者画面文字缩小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient text normal size</source>
        <translation>患者画面文字恢复默认大小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause/continue the timer</source>
        <translation>暂停/继续计时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset the timer</source>
        <translation>计时清零</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a deck</source>
        <translation>打开幻灯片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the pain scale to the patient</source>
        <translation>向患者显示疼痛评分尺</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End counselling: summary for the record</source>
        <translation>结束宣教：生成记录摘要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next patient: a new visit, a new record</source>
        <translation>下一位患者：新的就诊，新的记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All slides as a grid, on this console only</source>
        <translation>所有页的缩略图（只在本控制台显示）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pointer: a dot where the mouse is on the slide</source>
        <translation>指示点：在页面上鼠标所在处显示红点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pen: draw on the slide</source>
        <translation>画笔：在页面上画线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take back the last stroke (pen)</source>
        <translation>撤销最后一笔（画笔）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase all ink on this slide</source>
        <translation>擦除本页的全部笔迹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The slide&apos;s picture alone, enlarged; also a click on it in the console (again or Esc: back)</source>
        <translation>只显示本页图片并放大；在控制台点一下图片也可以（再按一次或 Esc 返回）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the deck (the patient screen stays as it is)</source>
        <translation>编辑幻灯片（患者屏幕保持不变）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Slides</source>
        <translation>翻页</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The patient screen</source>
        <translation>患者屏幕</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Point and draw</source>
        <translation>指示与画笔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The visit</source>
        <translation>本次就诊</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This console</source>
        <translation>医生控制台</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a number, then Enter: go to that slide; on the pain scale: the patient&apos;s answer</source>
        <translation>输入数字再按 Enter：跳到该页；显示疼痛评分尺时：患者的回答</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keys</source>
        <translation>快捷键</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../qt/menus.py" line="+36"/>
        <source>Open deck...</source>
        <translation>打开幻灯片…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End counselling...</source>
        <translation>结束宣教…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next patient</source>
        <translation>下一位患者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit deck...</source>
        <translation>编辑幻灯片…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swap screens</source>
        <translation>交换屏幕</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient text larger</source>
        <translation>患者画面文字放大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient text smaller</source>
        <translation>患者画面文字缩小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient text normal size</source>
        <translation>患者画面文字恢复默认大小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes larger</source>
        <translation>讲稿备注字号放大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes smaller</source>
        <translation>讲稿备注字号缩小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Black screen</source>
        <translation>黑屏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>White screen</source>
        <translation>白屏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show pain scale to patient</source>
        <translation>向患者显示疼痛评分尺</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause timer</source>
        <translation>暂停计时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset timer</source>
        <translation>计时清零</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys...</source>
        <translation>快捷键…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start from the beginning</source>
        <translation>从头开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start from this slide</source>
        <translation>从当前页开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overview of all slides (console only)</source>
        <translation>全部页面一览（只在控制台显示）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enlarge the slide&apos;s picture</source>
        <translation>放大本页图片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pointer</source>
        <translation>指示点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pen</source>
        <translation>画笔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo last stroke</source>
        <translation>撤销最后一笔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase ink on this slide</source>
        <translation>擦除本页笔迹</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import article...</source>
        <translation>导入文章…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export handout (PDF)...</source>
        <translation>导出宣教单（PDF）…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print handout...</source>
        <translation>打印宣教单…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Present</source>
        <translation>放映(&amp;P)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Patient colours</source>
        <translation>患者画面配色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Patient screen</source>
        <translation>患者屏幕</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Patient window beside the console (one screen)</source>
        <translation>患者画面显示在控制台旁（单屏）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language / 语言</source>
        <translation>语言 / Language</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <location filename="../qt/presenter_window.py" line="+65"/>
        <source>The patient screen is disconnected: nothing is shown to the patient. The patient view comes back when the monitor is plugged in again.</source>
        <translation>患者屏幕已断开：患者现在看不到任何内容。重新接上显示器后，患者画面会自动回来。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Patient text size (+ / - / Ctrl+0)</source>
        <translation>患者屏幕字号（+ / - / Ctrl+0）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Next</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+183"/>
        <source>The patient sees</source>
        <translation>患者看到的画面</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>Show the article&apos;s source text</source>
        <translation>显示原文</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Untick a slide or a part to leave it out for this patient</source>
        <translation>取消勾选某页或某部分，本次宣教跳过它</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+39"/>
        <source>Notes</source>
        <translation>讲稿备注</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Outline</source>
        <translation>目录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deck check</source>
        <translation>幻灯片检查</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>PREVIEW - the patient still sees slide %1; Enter shows this one</source>
        <translation>预览中：患者仍看到第 %1 页；按 Enter 显示此页</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PREVIEW - not shown to the patient; Enter shows this one</source>
        <translation>预览 - 患者看不到；按 Enter 显示此页</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient screen is BLACK</source>
        <translation>患者屏幕：黑屏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient screen is WHITE</source>
        <translation>患者屏幕：白屏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient sees the pain scale: type the answer (0-10), Enter</source>
        <translation>患者正在看疼痛评分尺：输入回答（0-10），按 Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient sees the picture enlarged (Z, a click on it or Esc: back)</source>
        <translation>患者正在看放大的图片（按 Z、点一下图片或按 Esc 返回）</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The patient would see (patient screen disconnected)</source>
        <translation>患者将看到（患者屏幕已断开）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The slide (the patient sees its picture enlarged)</source>
        <translation>本页（患者正在看放大的图片）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The slide (the patient sees the pain scale)</source>
        <translation>本页（患者正在看疼痛评分尺）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Teach-back question: </source>
        <translation>复述确认问题：</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>continued %1/%2</source>
        <translation>续页 %1/%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to slide: %1</source>
        <translation>跳到第 %1 页</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pain score: %1</source>
        <translation>疼痛评分：%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Patient text %1%</source>
        <translation>患者字号 %1%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(this slide: as large as it fits)</source>
        <translation>（本页已是能放下的最大字号）</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Preview (not shown)</source>
        <translation>预览（患者看不到）</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>No problems found</source>
        <translation>未发现问题</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../qt/file_actions.py" line="-64"/>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../qt/record_dialog.py" line="+41"/>
        <source>Counselling record</source>
        <translation>宣教记录</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Plan: next visit, tests, who to call ...</source>
        <translation>计划：下次复诊、检查、有事联系谁……</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Handout given</source>
        <translation>已发放宣教单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The record text was edited by hand, so the plan and handout lines in it were not updated.</source>
        <translation>记录文本已手动修改过，因此其中的计划和宣教单两行没有自动更新。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The record text was edited by hand, so what happened later in the visit (slides, teach-back, pain score) could not be put into it; the saved JSON has it.</source>
        <translation>记录文本已手动修改过，之后就诊中的内容（翻过的页、复述确认、疼痛评分）无法写入其中；保存的 JSON 中有这些内容。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy to clipboard</source>
        <translation>复制到剪贴板</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as text...</source>
        <translation>保存为文本…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as JSON...</source>
        <translation>保存为 JSON…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record (plain text, edit freely before copying or saving)</source>
        <translation>记录（纯文本，复制或保存前可随意修改）</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Could not save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Text files (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the record</source>
        <translation>保存记录</translation>
    </message>
</context>
<context>
    <name>SlideFieldsPanel</name>
    <message>
        <location filename="../qt/editor_fields.py" line="+39"/>
        <source>One point a line; three at most is best</source>
        <translation>每行一个要点; 最好不超过三个</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+79"/>
        <source>What to say (only you see this)</source>
        <translation>要讲的话（只有您能看到）</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>A question for the patient at the end of this part</source>
        <translation>本部分结束时向患者提的问题</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No picture</source>
        <translation>没有图片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose picture...</source>
        <translation>选择图片…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the picture shows, in words</source>
        <translation>用文字说明图片的内容</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>要点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Picture</source>
        <translation>图片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caption</source>
        <translation>图片说明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to say</source>
        <translation>要讲的话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teach-back question (this part)</source>
        <translation>复述确认问题（本部分）</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 points: the patient may not take in more than three</source>
        <translation>%1 个要点: 患者可能记不住三个以上</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>What to say (only you see this). The article&apos;s words for this slide are in the “Source article” pane below.</source>
        <translation>要讲的话（只有您能看到）。本页的文章原话在下方的“原文”窗格中。</translation>
    </message>
</context>
<context>
    <name>SlidesList</name>
    <message>
        <location filename="../qt/editor_slides.py" line="+195"/>
        <source>(no title)</source>
        <translation>（无标题）</translation>
    </message>
</context>
<context>
    <name>SourcePane</name>
    <message>
        <location filename="../qt/editor_source.py" line="+54"/>
        <source>Source article</source>
        <translation>原文</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Find in the article</source>
        <translation>在原文中查找</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+149"/>
        <source>Add as point to this slide</source>
        <translation>作为要点加到本页</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>The selected sentence becomes a point of this slide, shortened as the importer does. You can also drag a sentence onto the slide.</source>
        <translation>选中的句子按导入时的规则缩短后, 成为本页的一个要点。也可以把句子拖到本页上。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>behind this slide</source>
        <translation>本页依据的原文</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The patient sees this on slide %1</source>
        <translation>患者在第 %1 页看到这句</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The patient will not see this sentence: no slide shows its words</source>
        <translation>患者看不到这句: 没有哪一页显示它的内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 sentences in the article; the patient will not see %2 of them (%3)</source>
        <translation>原文共 %1 句; 其中 %2 句患者看不到（标 %3）</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Copy sentence</source>
        <translation>复制句子</translation>
    </message>
</context>
<context>
    <name>TeachBackPanel</name>
    <message>
        <location filename="../qt/teach_back_panel.py" line="+61"/>
        <source>Teach-back</source>
        <translation>复述确认</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No teach-back question in this part.</source>
        <translation>本部分没有复述确认问题。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not taken</source>
        <translation>未评估</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pain score 0 to 10</source>
        <translation>疼痛评分 0 到 10</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pain (0-10)</source>
        <translation>疼痛（0–10）</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Teach-back result</source>
        <translation>复述确认结果</translation>
    </message>
</context>
<context>
    <name>TouchBar</name>
    <message>
        <location filename="../qt/touch_bar.py" line="+33"/>
        <source>Previous</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Black</source>
        <translation>黑屏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>下一页</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <location filename="../qt/unsaved.py" line="+37"/>
        <source>The counselling record of this visit is not saved.</source>
        <translation>本次就诊的宣教记录尚未保存。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save it first, discard it, or cancel and go on with this visit?</source>
        <translation>先保存，还是放弃，或者取消并继续本次就诊？</translation>
    </message>
</context>
</TS>
