<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id">
<context>
    <name>Banner</name>
    <message>
        <location filename="../../ui/common/banner.py" line="20" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>BatchWindow</name>
    <message>
        <location filename="../../ui/batch/window.py" line="89" />
        <source>Batch export — AnakGENIUS Studio</source>
        <translation>Ekspor banyak — AnakGENIUS Studio</translation>
    </message>
    <message>
        <location filename="../../ui/batch/window.py" line="104" />
        <source>Make a video from every clip</source>
        <translation>Buat video dari setiap klip</translation>
    </message>
    <message>
        <location filename="../../ui/batch/window.py" line="106" />
        <source>Add clips…</source>
        <translation>Tambah klip…</translation>
    </message>
    <message>
        <location filename="../../ui/batch/window.py" line="108" />
        <source>Add a folder…</source>
        <translation>Tambah folder…</translation>
    </message>
    <message>
        <location filename="../../ui/batch/window.py" line="110" />
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../ui/batch/window.py" line="114" />
        <source>…or drag clips or a folder onto this window.</source>
        <translation>…atau seret klip atau folder ke jendela ini.</translation>
    </message>
    <message>
        <location filename="../../ui/batch/window.py" line="118" />
        <source>Clip</source>
        <translation>Klip</translation>
    </message>
    <message>
        <location filename="../../ui/batch/window.py" line="118" />
        <source>Length</source>
        <translation>Durasi</translation>
    </message>
    <message>
        <location filename="../../ui/batch/window.py" line="118" />
        <source>Part used</source>
        <translation>Bagian dipakai</translation>
    </message>
    <message>
        <location filename="../../ui/batch/window.py" line="119" />
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location filename="../../ui/batch/window.py" line="132" />
        <source>Clips to export</source>
        <translation>Klip yang akan diekspor</translation>
    </message>
    <message>
        <location filename="../../ui/batch/window.py" line="141" />
        <source>This clip</source>
        <translation>Klip ini</translation>
    </message>
    <message>
        <location filename="../../ui/batch/window.py" line="144" />
        <source>All clips</source>
        <translation>Semua klip</translation>
    </message>
    <message>
        <location filename="../../ui/batch/window.py" line="147" />
        <source>%p% of all</source>
        <translation>%p% dari semua</translation>
    </message>
    <message>
        <location filename="../../ui/batch/window.py" line="154" />
        <source>Stop</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <location filename="../../ui/batch/window.py" line="156" />
        <source>Export all</source>
        <translation>Ekspor semua</translation>
    </message>
    <message>
        <location filename="../../ui/batch/window.py" line="176" />
        <source>Same settings for every video:</source>
        <translation>Pengaturan yang sama untuk setiap video:</translation>
    </message>
    <message>
        <location filename="../../ui/batch/window.py" line="179" />
        <source>Use the editor's settings</source>
        <translation>Pakai pengaturan penyunting</translation>
    </message>
    <message>
        <location filename="../../ui/batch/window.py" line="180" />
        <source>Framing, hashtag, music and card as they are in the editor now</source>
        <translation>Bingkai, tagar, musik, dan kartu seperti di penyunting sekarang</translation>
    </message>
    <message>
        <location filename="../../ui/batch/window.py" line="185" />
        <location filename="../../ui/batch/window.py" line="189" />
        <source>Make them for</source>
        <translation>Buat untuk</translation>
    </message>
    <message>
        <location filename="../../ui/batch/window.py" line="193" />
        <source>Save them in</source>
        <translation>Simpan di</translation>
    </message>
    <message>
        <location filename="../../ui/batch/window.py" line="197" />
        <source>Change…</source>
        <translation>Ganti…</translation>
    </message>
    <message>
        <location filename="../../ui/batch/window.py" line="210" />
        <source>Open folder</source>
        <translation>Buka folder</translation>
    </message>
    <message>
        <location filename="../../ui/batch/window.py" line="252" />
        <source>reading…</source>
        <translation>membaca…</translation>
    </message>
    <message>
        <location filename="../../ui/batch/window.py" line="254" />
        <location filename="../../ui/batch/window.py" line="433" />
        <source>Waiting</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <location filename="../../ui/batch/window.py" line="255" />
        <location filename="../../ui/batch/window.py" line="478" />
        <source>Open in editor</source>
        <translation>Buka di penyunting</translation>
    </message>
    <message>
        <location filename="../../ui/batch/window.py" line="256" />
        <source>Open it in the editor to choose which part to use</source>
        <translation>Buka di penyunting untuk memilih bagian yang dipakai</translation>
    </message>
    <message>
        <location filename="../../ui/batch/window.py" line="303" />
        <source>first %s</source>
        <translation>%s pertama</translation>
    </message>
    <message>
        <location filename="../../ui/batch/window.py" line="306" />
        <source>Open it in the editor to choose another part</source>
        <translation>Buka di penyunting untuk memilih bagian lain</translation>
    </message>
    <message>
        <location filename="../../ui/batch/window.py" line="325" />
        <source>Add clips</source>
        <translation>Tambah klip</translation>
    </message>
    <message>
        <location filename="../../ui/batch/window.py" line="326" />
        <source>Videos (%s);;All files (*)</source>
        <translation>Video (%s);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../ui/batch/window.py" line="331" />
        <source>Add every clip in a folder</source>
        <translation>Tambah semua klip dalam folder</translation>
    </message>
    <message>
        <location filename="../../ui/batch/window.py" line="381" />
        <source>blurred sides</source>
        <translation>sisi buram</translation>
    </message>
    <message>
        <location filename="../../ui/batch/window.py" line="381" />
        <source>fill the screen</source>
        <translation>penuhi layar</translation>
    </message>
    <message>
        <location filename="../../ui/batch/window.py" line="382" />
        <source>whole picture</source>
        <translation>gambar utuh</translation>
    </message>
    <message>
        <location filename="../../ui/batch/window.py" line="382" />
        <source>following the face</source>
        <translation>mengikuti wajah</translation>
    </message>
    <message>
        <location filename="../../ui/batch/window.py" line="384" />
        <source>hashtag on</source>
        <translation>tagar nyala</translation>
    </message>
    <message>
        <location filename="../../ui/batch/window.py" line="384" />
        <source>no hashtag</source>
        <translation>tanpa tagar</translation>
    </message>
    <message>
        <location filename="../../ui/batch/window.py" line="385" />
        <source>song on</source>
        <translation>lagu nyala</translation>
    </message>
    <message>
        <location filename="../../ui/batch/window.py" line="385" />
        <source>no song</source>
        <translation>tanpa lagu</translation>
    </message>
    <message>
        <location filename="../../ui/batch/window.py" line="386" />
        <source>no card</source>
        <translation>tanpa kartu</translation>
    </message>
    <message>
        <location filename="../../ui/batch/window.py" line="386" />
        <source>GENIUS strip</source>
        <translation>pita GENIUS</translation>
    </message>
    <message>
        <location filename="../../ui/batch/window.py" line="387" />
        <source>end card</source>
        <translation>kartu penutup</translation>
    </message>
    <message>
        <location filename="../../ui/batch/window.py" line="404" />
        <source>Save the videos in…</source>
        <translation>Simpan video di…</translation>
    </message>
    <message>
        <location filename="../../ui/batch/window.py" line="424" />
        <source>Choose a folder</source>
        <translation>Pilih folder</translation>
    </message>
    <message>
        <location filename="../../ui/batch/window.py" line="425" />
        <source>The folder %s is not there. Choose where to save the videos.</source>
        <translation>Folder %s tidak ada. Pilih tempat menyimpan video.</translation>
    </message>
    <message>
        <location filename="../../ui/batch/window.py" line="449" />
        <source>Waiting for the other export to finish…</source>
        <translation>Menunggu ekspor lain selesai…</translation>
    </message>
    <message>
        <location filename="../../ui/batch/window.py" line="450" />
        <source>Getting ready…</source>
        <translation>Bersiap…</translation>
    </message>
    <message>
        <location filename="../../ui/batch/window.py" line="472" />
        <source>Clip %1 of %2</source>
        <translation>Klip %1 dari %2</translation>
    </message>
    <message>
        <location filename="../../ui/batch/window.py" line="474" />
        <source>Making it…</source>
        <translation>Sedang dibuat…</translation>
    </message>
    <message>
        <location filename="../../ui/batch/window.py" line="477" />
        <source>✓ Made: %s</source>
        <translation>✓ Jadi: %s</translation>
    </message>
    <message>
        <location filename="../../ui/batch/window.py" line="484" />
        <source>Not made (stopped)</source>
        <translation>Tidak dibuat (dihentikan)</translation>
    </message>
    <message>
        <location filename="../../ui/batch/window.py" line="498" />
        <source> · about %s left</source>
        <translation> · sekitar %s lagi</translation>
    </message>
    <message>
        <location filename="../../ui/batch/window.py" line="499" />
        <source>Time so far: %s</source>
        <translation>Waktu berjalan: %s</translation>
    </message>
    <message>
        <location filename="../../ui/batch/window.py" line="523" />
        <source>%1 of %2 videos made</source>
        <translation>%1 dari %2 video jadi</translation>
    </message>
    <message>
        <location filename="../../ui/batch/window.py" line="527" />
        <source>✗ %1 — %2</source>
        <translation>✗ %1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/batch/window.py" line="530" />
        <source>Stopped before %s more.</source>
        <translation>Dihentikan; %s lagi belum dibuat.</translation>
    </message>
    <message>
        <location filename="../../ui/batch/window.py" line="532" />
        <source>All done! They are in %s.</source>
        <translation>Semua selesai! Videonya ada di %s.</translation>
    </message>
    <message>
        <location filename="../../ui/batch/window.py" line="534" />
        <source>The others are in %s.</source>
        <translation>Yang lain ada di %s.</translation>
    </message>
    <message>
        <location filename="../../ui/batch/window.py" line="543" />
        <source>Videos are still being made</source>
        <translation>Video masih dibuat</translation>
    </message>
    <message>
        <location filename="../../ui/batch/window.py" line="544" />
        <source>Keep making them after this window closes, or stop now?</source>
        <translation>Lanjutkan setelah jendela ini ditutup, atau hentikan sekarang?</translation>
    </message>
    <message>
        <location filename="../../ui/batch/window.py" line="545" />
        <source>Keep going</source>
        <translation>Lanjutkan</translation>
    </message>
    <message>
        <location filename="../../ui/batch/window.py" line="546" />
        <source>Stop them</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <location filename="../../ui/batch/window.py" line="547" />
        <source>Go back</source>
        <translation>Kembali</translation>
    </message>
</context>
<context>
    <name>CampaignActions</name>
    <message>
        <location filename="../../ui/dialogs/campaigns.py" line="227" />
        <source>Campaign %s</source>
        <translation>Kampanye %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/campaigns.py" line="141" />
        <source>&amp;Campaign</source>
        <translation>&amp;Kampanye</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/campaigns.py" line="129" />
        <source>&amp;Import campaign…</source>
        <translation>&amp;Impor kampanye…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/campaigns.py" line="131" />
        <source>&amp;Choose campaign…</source>
        <translation>&amp;Pilih kampanye…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/campaigns.py" line="133" />
        <source>Use the &amp;official song file…</source>
        <translation>Pakai berkas lagu &amp;resmi…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/campaigns.py" line="135" />
        <source>Use the &amp;bundled song</source>
        <translation>Pakai lagu &amp;bawaan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/campaigns.py" line="157" />
        <source>Import a campaign</source>
        <translation>Impor kampanye</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/campaigns.py" line="158" />
        <source>Campaign pack (*.zip);;All files (*)</source>
        <translation>Paket kampanye (*.zip);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/campaigns.py" line="162" />
        <source>The official song file</source>
        <translation>Berkas lagu resmi</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/campaigns.py" line="163" />
        <source>Sound files (*.mp3 *.m4a *.aac *.wav *.ogg *.flac);;All files (*)</source>
        <translation>Berkas suara (*.mp3 *.m4a *.aac *.wav *.ogg *.flac);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/campaigns.py" line="177" />
        <source>This campaign can’t be imported: %s</source>
        <translation>Kampanye ini tidak bisa diimpor: %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/campaigns.py" line="180" />
        <source>Campaign %s imported. Your videos now use it.</source>
        <translation>Kampanye %s diimpor. Video Anda sekarang memakainya.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/campaigns.py" line="204" />
        <source>Your videos now use the official song.</source>
        <translation>Video Anda sekarang memakai lagu resmi.</translation>
    </message>
</context>
<context>
    <name>CampaignChip</name>
    <message>
        <location filename="../../ui/dialogs/campaigns.py" line="66" />
        <source>videos up to %s</source>
        <translation>video maks. %s</translation>
    </message>
</context>
<context>
    <name>CampaignChooser</name>
    <message>
        <location filename="../../ui/dialogs/campaigns.py" line="82" />
        <source>Choose a campaign</source>
        <translation>Pilih kampanye</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/campaigns.py" line="85" />
        <source>Which campaign are your videos for?</source>
        <translation>Video Anda untuk kampanye apa?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/campaigns.py" line="87" />
        <source>Campaigns</source>
        <translation>Kampanye</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/campaigns.py" line="98" />
        <source>%1 — can’t be used: %2</source>
        <translation>%1 — tidak bisa dipakai: %2</translation>
    </message>
</context>
<context>
    <name>CardOption</name>
    <message>
        <location filename="../../ui/editor/card_option.py" line="26" />
        <source>Off</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <location filename="../../ui/editor/card_option.py" line="26" />
        <source>Strip</source>
        <translation>Pita</translation>
    </message>
    <message>
        <location filename="../../ui/editor/card_option.py" line="26" />
        <source>At the end</source>
        <translation>Di akhir</translation>
    </message>
    <message>
        <location filename="../../ui/editor/card_option.py" line="28" />
        <source>No card</source>
        <translation>Tanpa kartu</translation>
    </message>
    <message>
        <location filename="../../ui/editor/card_option.py" line="29" />
        <source>A strip with the letters low on the video, all the way through</source>
        <translation>Pita huruf di bagian bawah video, dari awal sampai akhir</translation>
    </message>
    <message>
        <location filename="../../ui/editor/card_option.py" line="30" />
        <source>A big card over the last seconds of the video</source>
        <translation>Kartu besar di detik-detik terakhir video</translation>
    </message>
    <message>
        <location filename="../../ui/editor/card_option.py" line="35" />
        <location filename="../../ui/editor/card_option.py" line="49" />
        <source>Card: %s</source>
        <translation>Kartu: %s</translation>
    </message>
    <message>
        <location filename="../../ui/editor/card_option.py" line="56" />
        <source>%s card</source>
        <translation>Kartu %s</translation>
    </message>
    <message>
        <location filename="../../ui/editor/card_option.py" line="56" />
        <source>Campaign card</source>
        <translation>Kartu kampanye</translation>
    </message>
    <message>
        <location filename="../../ui/editor/card_option.py" line="64" />
        <source>This campaign has no card.</source>
        <translation>Kampanye ini tidak punya kartu.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="113" />
        <location filename="../../ui/dialogs/export_dialog.py" line="139" />
        <source>Export your video</source>
        <translation>Ekspor video</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="141" />
        <source>Where will you post it?</source>
        <translation>Mau diunggah ke mana?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="148" />
        <source> · under 16 MB</source>
        <translation> · di bawah 16 MB</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="149" />
        <source>%1
up to %2</source>
        <translation>%1
maks. %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="162" />
        <source>Quality</source>
        <translation>Kualitas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="164" />
        <source>Best (for posting)</source>
        <translation>Terbaik (untuk diunggah)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="165" />
        <source>Draft (fast, to check)</source>
        <translation>Draf (cepat, untuk dicek)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="172" />
        <source>Make the sound just as loud as other videos (recommended)</source>
        <translation>Samakan kerasnya suara dengan video lain (disarankan)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="179" />
        <source>Save it in</source>
        <translation>Simpan di</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="184" />
        <source>Change…</source>
        <translation>Ganti…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="188" />
        <location filename="../../ui/dialogs/export_dialog.py" line="193" />
        <source>File name</source>
        <translation>Nama berkas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="207" />
        <source>Not now</source>
        <translation>Nanti saja</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="210" />
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="220" />
        <location filename="../../ui/dialogs/export_dialog.py" line="485" />
        <location filename="../../ui/dialogs/export_dialog.py" line="500" />
        <source>Making your video…</source>
        <translation>Membuat video…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="229" />
        <source>Export progress</source>
        <translation>Kemajuan ekspor</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="233" />
        <source>You can keep editing or close this window; the video keeps being made.</source>
        <translation>Anda bisa lanjut menyunting atau menutup jendela ini; video tetap dibuat.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="238" />
        <source>Hide</source>
        <translation>Sembunyikan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="241" />
        <location filename="../../ui/dialogs/export_dialog.py" line="481" />
        <source>Stop</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="242" />
        <source>Stop now; no file is made</source>
        <translation>Hentikan sekarang; tidak ada berkas yang dibuat</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="255" />
        <source>Your video is ready!</source>
        <translation>Video sudah jadi!</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="269" />
        <source>▶  Play it</source>
        <translation>▶  Putar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="271" />
        <source>Open folder</source>
        <translation>Buka folder</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="281" />
        <source>When you post it, paste these hashtags under it so your video counts:</source>
        <translation>Saat mengunggah, tempel tagar ini di keterangan agar video Anda terhitung:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="287" />
        <location filename="../../ui/dialogs/export_dialog.py" line="535" />
        <source>Copy caption</source>
        <translation>Salin keterangan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="293" />
        <source>Export another</source>
        <translation>Ekspor lagi</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="326" />
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="302" />
        <source>The video was not made</source>
        <translation>Video tidak jadi dibuat</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="308" />
        <location filename="../../ui/dialogs/export_dialog.py" line="547" />
        <location filename="../../ui/dialogs/export_dialog.py" line="563" />
        <source>Show details</source>
        <translation>Tampilkan detail</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="316" />
        <source>Try again</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="393" />
        <source>Your video is %1 long, but %2 allows %3 here. Only the first %3 will be saved.</source>
        <translation>Video Anda %1, tetapi %2 hanya menerima %3 di sini. Hanya %3 pertama yang disimpan.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="396" />
        <source>✓ Your video is %1 long: that fits %2 (up to %3 here).</source>
        <translation>✓ Video Anda %1: pas untuk %2 (maks. %3 di sini).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="411" />
        <source>Save the video in…</source>
        <translation>Simpan video di…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="422" />
        <source>Keep it, I'll change the name</source>
        <translation>Biarkan, saya ganti namanya</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="424" />
        <source>Replace it</source>
        <translation>Timpa</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="433" />
        <source>There is already a video called “%s” in this folder. Replace it with the new one? The old one will be gone.</source>
        <translation>Sudah ada video bernama “%s” di folder ini. Timpa dengan yang baru? Video lama akan hilang.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="465" />
        <source>Export for %s</source>
        <translation>Ekspor untuk %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="484" />
        <source>Waiting for the other videos to finish…</source>
        <translation>Menunggu video lain selesai…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="486" />
        <source>Getting ready…</source>
        <translation>Bersiap…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="495" />
        <source>Stopping…</source>
        <translation>Menghentikan…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="514" />
        <source>working out how long…</source>
        <translation>menghitung lamanya…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="515" />
        <source>about %s left</source>
        <translation>sekitar %s lagi</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="516" />
        <source>Time so far: %1 · %2</source>
        <translation>Waktu berjalan: %1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="528" />
        <source>%1 · %2 long</source>
        <translation>%1 · durasi %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="530" />
        <source> · captions in %s</source>
        <translation> · teks di %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="537" />
        <source>Done! Saved as %s</source>
        <translation>Selesai! Disimpan sebagai %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="555" />
        <source>Export stopped; no file was made.</source>
        <translation>Ekspor dihentikan; tidak ada berkas yang dibuat.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="556" />
        <source>Stopped. No file was made.</source>
        <translation>Dihentikan. Tidak ada berkas yang dibuat.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="563" />
        <source>Hide details</source>
        <translation>Sembunyikan detail</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="577" />
        <source>Copied ✓</source>
        <translation>Tersalin ✓</translation>
    </message>
</context>
<context>
    <name>FacesCard</name>
    <message>
        <location filename="../../ui/faces/card.py" line="43" />
        <source>Hide faces</source>
        <translation>Sembunyikan wajah</translation>
    </message>
    <message>
        <location filename="../../ui/faces/card.py" line="46" />
        <location filename="../../ui/faces/card.py" line="142" />
        <source>Find faces</source>
        <translation>Cari wajah</translation>
    </message>
    <message>
        <location filename="../../ui/faces/card.py" line="47" />
        <source>Look for the faces in this clip (a few seconds, in the background)</source>
        <translation>Cari wajah-wajah di klip ini (beberapa detik, di latar belakang)</translation>
    </message>
    <message>
        <location filename="../../ui/faces/card.py" line="53" />
        <location filename="../../ui/faces/card.py" line="92" />
        <source>Hide everyone</source>
        <translation>Sembunyikan semua</translation>
    </message>
    <message>
        <location filename="../../ui/faces/card.py" line="54" />
        <source>Blur every face in the clip, also faces that come in later</source>
        <translation>Samarkan setiap wajah di klip, juga wajah yang baru muncul nanti</translation>
    </message>
    <message>
        <location filename="../../ui/faces/card.py" line="64" />
        <source>Draw a box</source>
        <translation>Gambar kotak</translation>
    </message>
    <message>
        <location filename="../../ui/faces/card.py" line="65" />
        <source>Drag on the preview over a face the blur missed; the box hides it for a second around this moment</source>
        <translation>Seret di pratinjau menutupi wajah yang terlewat; kotak itu menyembunyikannya selama satu detik di sekitar saat ini</translation>
    </message>
    <message>
        <location filename="../../ui/faces/card.py" line="69" />
        <location filename="../../ui/faces/card.py" line="104" />
        <source>Remove drawn boxes</source>
        <translation>Hapus kotak buatan sendiri</translation>
    </message>
    <message>
        <location filename="../../ui/faces/card.py" line="92" />
        <source>Show faces</source>
        <translation>Tampilkan wajah</translation>
    </message>
    <message>
        <location filename="../../ui/faces/card.py" line="99" />
        <source>Hide person %d</source>
        <translation>Sembunyikan orang %d</translation>
    </message>
    <message>
        <location filename="../../ui/faces/card.py" line="99" />
        <source>Show person %d</source>
        <translation>Tampilkan orang %d</translation>
    </message>
    <message>
        <location filename="../../ui/faces/card.py" line="121" />
        <source>Person %d</source>
        <translation>Orang %d</translation>
    </message>
    <message>
        <location filename="../../ui/faces/card.py" line="126" />
        <source>Hide the face of person %d</source>
        <translation>Sembunyikan wajah orang %d</translation>
    </message>
    <message>
        <location filename="../../ui/faces/card.py" line="142" />
        <source>Looking for faces…</source>
        <translation>Mencari wajah…</translation>
    </message>
    <message>
        <location filename="../../ui/faces/card.py" line="154" />
        <source>Open a clip to hide the faces of children whose parents did not agree.</source>
        <translation>Buka klip untuk menyembunyikan wajah anak yang orang tuanya tidak setuju.</translation>
    </message>
    <message>
        <location filename="../../ui/faces/card.py" line="160" />
        <source>Looking for faces… %d %%</source>
        <translation>Mencari wajah… %d %%</translation>
    </message>
    <message>
        <location filename="../../ui/faces/card.py" line="162" />
        <source>No face was found in this clip. If a face must not be seen, draw a box over it.</source>
        <translation>Tidak ada wajah yang ditemukan di klip ini. Kalau ada wajah yang tidak boleh terlihat, gambar kotak di atasnya.</translation>
    </message>
    <message>
        <location filename="../../ui/faces/card.py" line="164" />
        <source>Tick the children whose faces must not be seen. The blur follows each face.</source>
        <translation>Centang anak-anak yang wajahnya tidak boleh terlihat. Samaran mengikuti setiap wajah.</translation>
    </message>
    <message>
        <location filename="../../ui/faces/card.py" line="166" />
        <source>Children whose parents did not agree must not be seen. Find the faces, then tick whose to blur.</source>
        <translation>Anak yang orang tuanya tidak setuju tidak boleh terlihat. Cari wajahnya, lalu centang wajah siapa yang disamarkan.</translation>
    </message>
</context>
<context>
    <name>FollowView</name>
    <message>
        <location filename="../../ui/editor/follow_view.py" line="79" />
        <source>Looking for faces…</source>
        <translation>Mencari wajah…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/follow_view.py" line="93" />
        <source>Looking for faces… %s%%</source>
        <translation>Mencari wajah… %s%%</translation>
    </message>
    <message>
        <location filename="../../ui/editor/follow_view.py" line="126" />
        <source>Move the crop</source>
        <translation>Geser bingkai</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <location filename="../../ui/editor/help_actions.py" line="35" />
        <source>&amp;Help</source>
        <translation>B&amp;antuan</translation>
    </message>
    <message>
        <location filename="../../ui/editor/help_actions.py" line="28" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Pintasan keyboard</translation>
    </message>
    <message>
        <location filename="../../ui/editor/help_actions.py" line="30" />
        <source>Show the &amp;tour</source>
        <translation>Tampilkan &amp;tur</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/editor/window.py" line="101" />
        <location filename="../../ui/editor/window.py" line="187" />
        <location filename="../../ui/editor/window.py" line="736" />
        <source>AnakGENIUS Studio</source>
        <translation>AnakGENIUS Studio</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="111" />
        <source>Draw a box over a face</source>
        <translation>Gambar kotak di atas wajah</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="192" />
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="193" />
        <source>Redo</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="194" />
        <source>Undo (Ctrl+Z)</source>
        <translation>Urungkan (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="195" />
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Ulangi (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="202" />
        <source>Open clip…</source>
        <translation>Buka klip…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="248" />
        <source>To the start (Home)</source>
        <translation>Ke awal (Home)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="249" />
        <source>One frame back (←)</source>
        <translation>Mundur satu bingkai (←)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="253" />
        <source>Play / pause (Space)</source>
        <translation>Putar / jeda (Spasi)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="254" />
        <location filename="../../ui/editor/window.py" line="798" />
        <source>Play</source>
        <translation>Putar</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="259" />
        <source>One frame on (→)</source>
        <translation>Maju satu bingkai (→)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="260" />
        <source>To the end (End)</source>
        <translation>Ke akhir (End)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="265" />
        <source>Safe zone</source>
        <translation>Area aman</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="266" />
        <source>Show where the apps' buttons cover the video (G)</source>
        <translation>Tampilkan bagian video yang tertutup tombol aplikasi (G)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="292" />
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="293" />
        <source>&amp;Open clip…</source>
        <translation>&amp;Buka klip…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="296" />
        <source>&amp;Add clip or photo…</source>
        <translation>&amp;Tambah klip atau foto…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="299" />
        <source>&amp;Paste clips, photos or a folder</source>
        <translation>&amp;Tempel klip, foto, atau folder</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="302" />
        <source>Open &amp;recent</source>
        <translation>Buka yang &amp;terakhir</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="307" />
        <source>&amp;Export…</source>
        <translation>&amp;Ekspor…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="310" />
        <source>&amp;Batch export…</source>
        <translation>Ekspor &amp;banyak…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="315" />
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="319" />
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="323" />
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="328" />
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="342" />
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="343" />
        <source>Safe-zone &amp;guides</source>
        <translation>&amp;Garis area aman</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="348" />
        <source>&amp;Playback</source>
        <translation>&amp;Putar</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="349" />
        <source>Play / pause</source>
        <translation>Putar / jeda</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="353" />
        <source>Previous frame</source>
        <translation>Bingkai sebelumnya</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="354" />
        <source>Next frame</source>
        <translation>Bingkai berikutnya</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="355" />
        <source>Back 1 second</source>
        <translation>Mundur 1 detik</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="356" />
        <source>Forward 1 second</source>
        <translation>Maju 1 detik</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="357" />
        <source>To the start</source>
        <translation>Ke awal</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="358" />
        <source>To the end</source>
        <translation>Ke akhir</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="359" />
        <source>Video starts here</source>
        <translation>Video mulai di sini</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="360" />
        <source>Video ends here</source>
        <translation>Video berakhir di sini</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="402" />
        <source>Clips and photos (%1);;Videos (%2);;Photos (%3);;All files (*)</source>
        <translation>Klip dan foto (%1);;Video (%2);;Foto (%3);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="409" />
        <source>Open a clip, or several clips and photos</source>
        <translation>Buka klip, atau beberapa klip dan foto</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="415" />
        <source>Add clips or photos</source>
        <translation>Tambahkan klip atau foto</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="431" />
        <source>Copy clips, photos or a folder first, then paste them here.</source>
        <translation>Salin dulu klip, foto, atau folder, lalu tempel di sini.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="472" />
        <location filename="../../ui/editor/window.py" line="620" />
        <source>Reading the files (%s)…</source>
        <translation>Membaca berkas (%s)…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="483" />
        <source>There were no clips or photos to add.</source>
        <translation>Tidak ada klip atau foto untuk ditambahkan.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="496" />
        <source>Add shots (%s)</source>
        <translation>Tambah bagian (%s)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="497" />
        <source>Shots added to the story: %s.</source>
        <translation>Bagian yang ditambahkan ke cerita: %s.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="508" />
        <source>Preparing the preview…</source>
        <translation>Menyiapkan pratinjau…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="580" />
        <source>Opening %s…</source>
        <translation>Membuka %s…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="640" />
        <source>This file can’t be used: %s</source>
        <translation>Berkas ini tidak bisa dipakai: %s</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="682" />
        <source>Move hashtag</source>
        <translation>Pindahkan tagar</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="685" />
        <source>Move the picture</source>
        <translation>Geser gambar</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="716" />
        <source>Open a clip to start</source>
        <translation>Buka klip untuk mulai</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="723" />
        <source>✗ Your video: %1 — too long: %2 allows %3 s. Move the yellow handles or press Fit.</source>
        <translation>✗ Video Anda: %1 — terlalu panjang: %2 menerima %3 dtk. Geser pegangan kuning atau tekan Pas.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="726" />
        <source>✓ Your video: %1 — %2 allows up to %3 s.</source>
        <translation>✓ Video Anda: %1 — %2 menerima sampai %3 dtk.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="739" />
        <source>%1 (+%2) — AnakGENIUS Studio</source>
        <translation>%1 (+%2) — AnakGENIUS Studio</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="742" />
        <source>%s — AnakGENIUS Studio</source>
        <translation>%s — AnakGENIUS Studio</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="798" />
        <source>Pause</source>
        <translation>Jeda</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="801" />
        <source>The preview cannot play this clip (%s). You can still export it.</source>
        <translation>Pratinjau tidak bisa memutar klip ini (%s). Anda tetap bisa mengekspornya.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="871" />
        <source>Stop the export?</source>
        <translation>Hentikan ekspor?</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="872" />
        <source>Videos are being exported. Stop them and close?</source>
        <translation>Video sedang diekspor. Hentikan dan tutup?</translation>
    </message>
</context>
<context>
    <name>PreferencesActions</name>
    <message>
        <location filename="../../ui/editor/preferences_actions.py" line="36" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferensi…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="100" />
        <source>Preferences</source>
        <translation>Preferensi</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="101" />
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="101" />
        <source>Default &amp;campaign:</source>
        <translation>&amp;Kampanye utama:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="102" />
        <source>Export &amp;folder:</source>
        <translation>&amp;Folder ekspor:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="102" />
        <source>Default &amp;platform:</source>
        <translation>&amp;Platform utama:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="103" />
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="103" />
        <source>Laptop's &amp;video chip:</source>
        <translation>&amp;Chip video laptop:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="105" />
        <location filename="../../ui/dialogs/preferences.py" line="107" />
        <source>Same as the computer</source>
        <translation>Ikuti komputer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="107" />
        <source>Light</source>
        <translation>Terang</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="108" />
        <source>Dark</source>
        <translation>Gelap</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="109" />
        <source>Automatic</source>
        <translation>Otomatis</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="109" />
        <source>Turned off</source>
        <translation>Mati</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="110" />
        <source>The active campaign</source>
        <translation>Kampanye yang aktif</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="111" />
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="112" />
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="113" />
        <source>Default campaign</source>
        <translation>Kampanye utama</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="114" />
        <location filename="../../ui/dialogs/preferences.py" line="156" />
        <source>Export folder</source>
        <translation>Folder ekspor</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="115" />
        <source>Where exported videos are saved first</source>
        <translation>Tempat video hasil ekspor disimpan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="116" />
        <source>Choose the export folder</source>
        <translation>Pilih folder ekspor</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="117" />
        <source>Default platform</source>
        <translation>Platform utama</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="118" />
        <source>The platform a newly opened clip is made for</source>
        <translation>Platform untuk klip yang baru dibuka</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="119" />
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="120" />
        <source>Laptop's video chip</source>
        <translation>Chip video laptop</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="122" />
        <source>Automatic: exports use the laptop's video chip when a test showed it makes correct videos (faster); if it fails, the video is made again without it. Off: always the software encoder.</source>
        <translation>Otomatis: ekspor memakai chip video laptop bila pengujian menunjukkan chip itu membuat video yang benar (lebih cepat); bila gagal, video dibuat ulang tanpa chip. Mati: selalu encoder perangkat lunak.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="130" />
        <source>Your preferences were saved by a newer version of the app, so the defaults are shown. Saving here replaces them.</source>
        <translation>Preferensi Anda disimpan oleh versi aplikasi yang lebih baru, jadi yang tampil adalah bawaan. Menyimpan di sini akan menggantinya.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="133" />
        <source>Your saved preferences could not be read, so the defaults are shown.</source>
        <translation>Preferensi yang tersimpan tidak bisa dibaca, jadi yang tampil adalah bawaan.</translation>
    </message>
</context>
<context>
    <name>PreviewCanvas</name>
    <message>
        <location filename="../../ui/preview/canvas.py" line="117" />
        <source>Preview of the vertical video</source>
        <translation>Pratinjau video tegak</translation>
    </message>
    <message>
        <location filename="../../ui/preview/canvas.py" line="378" />
        <source>Preparing the preview…</source>
        <translation>Menyiapkan pratinjau…</translation>
    </message>
    <message>
        <location filename="../../ui/preview/canvas.py" line="401" />
        <source>App buttons cover this area</source>
        <translation>Tombol aplikasi menutupi area ini</translation>
    </message>
    <message>
        <location filename="../../ui/preview/canvas.py" line="408" />
        <source>Safe zone</source>
        <translation>Area aman</translation>
    </message>
</context>
<context>
    <name>ProjectActions</name>
    <message>
        <location filename="../../ui/editor/project_actions.py" line="58" />
        <source>Open &amp;project…</source>
        <translation>Buka &amp;proyek…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/project_actions.py" line="60" />
        <source>&amp;Save project</source>
        <translation>&amp;Simpan proyek</translation>
    </message>
    <message>
        <location filename="../../ui/editor/project_actions.py" line="62" />
        <source>Save project &amp;as…</source>
        <translation>Simpan proyek se&amp;bagai…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/project_actions.py" line="73" />
        <source>Open a project</source>
        <translation>Buka proyek</translation>
    </message>
    <message>
        <location filename="../../ui/editor/project_actions.py" line="74" />
        <source>AnakGENIUS projects (*.anakgenius);;All files (*)</source>
        <translation>Proyek AnakGENIUS (*.anakgenius);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/project_actions.py" line="80" />
        <source>Save the project</source>
        <translation>Simpan proyek</translation>
    </message>
    <message>
        <location filename="../../ui/editor/project_actions.py" line="81" />
        <source>AnakGENIUS projects (*.anakgenius)</source>
        <translation>Proyek AnakGENIUS (*.anakgenius)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/project_actions.py" line="89" />
        <source>Where is the clip?</source>
        <translation>Klipnya di mana?</translation>
    </message>
    <message>
        <location filename="../../ui/editor/project_actions.py" line="90" />
        <source>The clip of this project, %s, has been moved or deleted. Do you want to find it?</source>
        <translation>Klip proyek ini, %s, sudah dipindah atau dihapus. Mau dicari?</translation>
    </message>
    <message>
        <location filename="../../ui/editor/project_actions.py" line="96" />
        <source>Find the clip %s</source>
        <translation>Cari klip %s</translation>
    </message>
    <message>
        <location filename="../../ui/editor/project_actions.py" line="97" />
        <source>Videos (%s);;All files (*)</source>
        <translation>Video (%s);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/project_actions.py" line="102" />
        <source>Keep your changes?</source>
        <translation>Simpan perubahan?</translation>
    </message>
    <message>
        <location filename="../../ui/editor/project_actions.py" line="103" />
        <source>You changed %s but did not save or export it. Save the project first?</source>
        <translation>Anda mengubah %s tetapi belum menyimpan atau mengekspornya. Simpan proyeknya dulu?</translation>
    </message>
    <message>
        <location filename="../../ui/editor/project_actions.py" line="105" />
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../ui/editor/project_actions.py" line="106" />
        <source>Don’t save</source>
        <translation>Jangan simpan</translation>
    </message>
    <message>
        <location filename="../../ui/editor/project_actions.py" line="107" />
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../ui/editor/project_actions.py" line="115" />
        <source>Restore your work?</source>
        <translation>Pulihkan pekerjaan Anda?</translation>
    </message>
    <message>
        <location filename="../../ui/editor/project_actions.py" line="116" />
        <source>AnakGENIUS Studio did not close properly last time. Restore your unsaved work on %1 (saved at %2)?</source>
        <translation>AnakGENIUS Studio tidak tertutup dengan benar terakhir kali. Pulihkan pekerjaan yang belum disimpan pada %1 (tersimpan pukul %2)?</translation>
    </message>
    <message>
        <location filename="../../ui/editor/project_actions.py" line="132" />
        <source>This project can’t be opened: %s</source>
        <translation>Proyek ini tidak bisa dibuka: %s</translation>
    </message>
    <message>
        <location filename="../../ui/editor/project_actions.py" line="150" />
        <source>The project was not opened: its clip %s is missing.</source>
        <translation>Proyek tidak dibuka: klipnya, %s, tidak ada.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/project_actions.py" line="192" />
        <source>The project was not saved: %s</source>
        <translation>Proyek tidak tersimpan: %s</translation>
    </message>
    <message>
        <location filename="../../ui/editor/project_actions.py" line="196" />
        <source>Project saved: %s</source>
        <translation>Proyek tersimpan: %s</translation>
    </message>
</context>
<context>
    <name>SampleClip</name>
    <message>
        <location filename="../../ui/editor/sample_clip.py" line="29" />
        <source>Try with a &amp;sample clip</source>
        <translation>Coba dengan &amp;klip contoh</translation>
    </message>
    <message>
        <location filename="../../ui/editor/sample_clip.py" line="31" />
        <source>Try with a sample clip</source>
        <translation>Coba dengan klip contoh</translation>
    </message>
    <message>
        <location filename="../../ui/editor/sample_clip.py" line="33" />
        <source>Makes a colourful practice video on this computer</source>
        <translation>Membuat video latihan warna-warni di komputer ini</translation>
    </message>
    <message>
        <location filename="../../ui/editor/sample_clip.py" line="40" />
        <source>Making a sample clip…</source>
        <translation>Membuat klip contoh…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/sample_clip.py" line="58" />
        <source>The sample clip could not be made. %s</source>
        <translation>Klip contoh tidak bisa dibuat. %s</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../../ui/share/dialog.py" line="59" />
        <source>Send to phone — AnakGENIUS Studio</source>
        <translation>Kirim ke HP — AnakGENIUS Studio</translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="69" />
        <location filename="../../ui/share/dialog.py" line="290" />
        <source>Send to phone</source>
        <translation>Kirim ke HP</translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="80" />
        <source>QR code of the address</source>
        <translation>Kode QR alamatnya</translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="84" />
        <source>1. Connect the phone to the same Wi-Fi as this laptop.</source>
        <translation>1. Sambungkan HP ke Wi-Fi yang sama dengan laptop ini.</translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="85" />
        <source>2. Scan the QR code with the phone's camera, or type this address:</source>
        <translation>2. Pindai kode QR dengan kamera HP, atau ketik alamat ini:</translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="92" />
        <source>Address to open on the phone</source>
        <translation>Alamat yang dibuka di HP</translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="95" />
        <source>This laptop's addresses</source>
        <translation>Alamat laptop ini</translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="97" />
        <source>This laptop is on more than one network: choose the one the phone is on</source>
        <translation>Laptop ini tersambung ke lebih dari satu jaringan: pilih jaringan tempat HP tersambung</translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="100" />
        <source>3. On the phone, type this code:</source>
        <translation>3. Di HP, ketik kode ini:</translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="105" />
        <source>Code to type on the phone</source>
        <translation>Kode yang diketik di HP</translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="125" />
        <source>The phone cannot open it?</source>
        <translation>Ponsel tidak bisa membuka?</translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="143" />
        <source>Look for the address again</source>
        <translation>Cari alamat lagi</translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="144" />
        <source>After turning on a hotspot or joining another Wi-Fi</source>
        <translation>Setelah menyalakan hotspot atau pindah ke Wi-Fi lain</translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="146" />
        <source>Send again</source>
        <translation>Kirim lagi</translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="148" />
        <source>Stop and close</source>
        <translation>Hentikan dan tutup</translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="193" />
        <source>This laptop is on no network, so phones cannot reach it. Turn on its hotspot (see below), then press “Look for the address again”.</source>
        <translation>Laptop ini tidak tersambung ke jaringan apa pun, jadi HP tidak bisa menjangkaunya. Nyalakan hotspot laptop (lihat di bawah), lalu tekan “Cari alamat lagi”.</translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="222" />
        <source>Phones that saved it: %1</source>
        <translation>HP yang sudah menyimpan: %1</translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="224" />
        <source>Time is up: sending has stopped.</source>
        <translation>Waktu habis: pengiriman sudah berhenti.</translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="227" />
        <source>Stops by itself in %1</source>
        <translation>Berhenti sendiri dalam %1</translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="232" />
        <source>Stopped</source>
        <translation>Berhenti</translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="259" />
        <source>Many school and office Wi-Fi networks keep devices apart from each other (client isolation), and a firewall can block them too: then the phone cannot reach this laptop even on the same Wi-Fi. Make a network of your own instead:</source>
        <translation>Banyak Wi-Fi sekolah dan kantor memisahkan perangkat satu sama lain (isolasi klien), dan firewall juga bisa menghalangi: maka HP tidak bisa menjangkau laptop ini walau tersambung ke Wi-Fi yang sama. Buat jaringan sendiri saja:</translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="262" />
        <source>&lt;b&gt;Windows:&lt;/b&gt; Settings ▸ Network &amp; internet ▸ Mobile hotspot: turn it on. Connect the phone to the network name and password shown there. If Windows asks whether AnakGENIUS Studio may use the network, tick &lt;i&gt;Private networks&lt;/i&gt; and choose &lt;i&gt;Allow&lt;/i&gt;.</source>
        <translation>&lt;b&gt;Windows:&lt;/b&gt; Pengaturan ▸ Jaringan &amp; internet ▸ Hotspot seluler: nyalakan. Sambungkan HP ke nama jaringan dan kata sandi yang tertera di sana. Jika Windows bertanya apakah AnakGENIUS Studio boleh memakai jaringan, centang &lt;i&gt;Jaringan pribadi&lt;/i&gt; lalu pilih &lt;i&gt;Izinkan akses&lt;/i&gt;.</translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="265" />
        <source>&lt;b&gt;macOS:&lt;/b&gt; System Settings ▸ General ▸ Sharing ▸ Internet Sharing: share to Wi-Fi and turn it on (a Mac needs a cable connection to share). Or use the phone's hotspot, below.</source>
        <translation>&lt;b&gt;macOS:&lt;/b&gt; Pengaturan Sistem ▸ Umum ▸ Berbagi ▸ Berbagi Internet: bagikan ke Wi-Fi lalu nyalakan (Mac butuh sambungan kabel untuk berbagi). Atau pakai hotspot HP, lihat di bawah.</translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="268" />
        <source>&lt;b&gt;Linux:&lt;/b&gt; Settings ▸ Wi-Fi ▸ menu ▸ Turn On Wi-Fi Hotspot…, or in a terminal: &lt;tt&gt;nmcli device wifi hotspot&lt;/tt&gt;.</source>
        <translation>&lt;b&gt;Linux:&lt;/b&gt; Pengaturan ▸ Wi-Fi ▸ menu ▸ Nyalakan Hotspot Wi-Fi…, atau di terminal: &lt;tt&gt;nmcli device wifi hotspot&lt;/tt&gt;.</translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="270" />
        <source>&lt;b&gt;Or the other way round:&lt;/b&gt; turn on the phone's own hotspot and connect the laptop to it.</source>
        <translation>&lt;b&gt;Atau sebaliknya:&lt;/b&gt; nyalakan hotspot di HP, lalu sambungkan laptop ke hotspot itu.</translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="272" />
        <source>Then press “Look for the address again” and scan the new QR code.</source>
        <translation>Lalu tekan “Cari alamat lagi” dan pindai kode QR yang baru.</translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="291" />
        <source>Send %s to phones on the same Wi-Fi</source>
        <translation>Kirim %s ke HP di Wi-Fi yang sama</translation>
    </message>
</context>
<context>
    <name>ShortcutsWindow</name>
    <message>
        <location filename="../../ui/dialogs/shortcuts.py" line="73" />
        <location filename="../../ui/dialogs/shortcuts.py" line="77" />
        <source>Keyboard shortcuts</source>
        <translation>Pintasan keyboard</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts.py" line="74" />
        <source>Everything in the menus works from the keyboard: press Alt to reach the menus, Tab to move between controls, Space or Enter to press a button.</source>
        <translation>Semua menu bisa dipakai dengan keyboard: tekan Alt untuk membuka menu, Tab untuk pindah antar-kontrol, Spasi atau Enter untuk menekan tombol.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts.py" line="76" />
        <source>Action</source>
        <translation>Perintah</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts.py" line="76" />
        <source>Keys</source>
        <translation>Tombol</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts.py" line="93" />
        <source>Also</source>
        <translation>Lainnya</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <location filename="../../ui/editor/panel.py" line="184" />
        <location filename="../../ui/editor/panel.py" line="243" />
        <source>Framing</source>
        <translation>Bingkai</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="184" />
        <source>Story</source>
        <translation>Cerita</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="184" />
        <source>Words</source>
        <translation>Teks</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="185" />
        <source>Card</source>
        <translation>Kartu</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="188" />
        <source>Go to %s</source>
        <translation>Ke bagian %s</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="244" />
        <source>How should your clip fill the tall screen?</source>
        <translation>Bagaimana klip mengisi layar tegak?</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="249" />
        <source>Blur</source>
        <translation>Buram</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="249" />
        <source>Fill</source>
        <translation>Penuh</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="249" />
        <source>Fit</source>
        <translation>Pas</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="250" />
        <source>Follow subject</source>
        <translation>Ikuti subjek</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="252" />
        <source>Your whole clip, on a soft blurred copy of itself</source>
        <translation>Seluruh klip, di atas salinannya yang diburamkan</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="253" />
        <source>Fill the screen; drag the picture sideways to choose what stays in</source>
        <translation>Penuhi layar; geser gambar ke samping untuk memilih bagian yang tampil</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="254" />
        <source>Your whole clip on a coloured background</source>
        <translation>Seluruh klip di atas latar berwarna</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="255" />
        <source>The frame follows the face; drag it to correct</source>
        <translation>Bingkai mengikuti wajah; geser untuk membetulkan</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="265" />
        <source>Framing: %s</source>
        <translation>Bingkai: %s</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="272" />
        <source>Keep</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="274" />
        <source>Left</source>
        <translation>Kiri</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="276" />
        <source>Right</source>
        <translation>Kanan</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="278" />
        <source>Which part of the picture stays in the frame</source>
        <translation>Bagian gambar yang tetap tampil</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="279" />
        <source>Move the picture</source>
        <translation>Geser gambar</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="286" />
        <source>Background</source>
        <translation>Latar</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="292" />
        <source>Background colour %s</source>
        <translation>Warna latar %s</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="298" />
        <source>Choose another colour</source>
        <translation>Pilih warna lain</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="318" />
        <location filename="../../ui/editor/panel.py" line="321" />
        <source>Background colour</source>
        <translation>Warna latar</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="185" />
        <location filename="../../ui/editor/panel.py" line="326" />
        <source>Hashtag</source>
        <translation>Tagar</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="327" />
        <source>Show the hashtag on the video</source>
        <translation>Tampilkan tagar di video</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="329" />
        <source>Show hashtag</source>
        <translation>Tampilkan tagar</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="329" />
        <source>Hide hashtag</source>
        <translation>Sembunyikan tagar</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="335" />
        <location filename="../../ui/editor/panel.py" line="380" />
        <source>Hashtag text</source>
        <translation>Teks tagar</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="339" />
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="340" />
        <source>Hashtag size</source>
        <translation>Ukuran tagar</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="342" />
        <source>Opacity</source>
        <translation>Kepekatan</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="343" />
        <source>Hashtag opacity</source>
        <translation>Kepekatan tagar</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="364" />
        <source>Put the hashtag here (inside the safe zone)</source>
        <translation>Letakkan tagar di sini (di dalam area aman)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="367" />
        <source>Hashtag position</source>
        <translation>Posisi tagar</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="372" />
        <source>Pick a spot, or drag the hashtag on the preview. It snaps to the safe zone.</source>
        <translation>Pilih posisi, atau seret tagar di pratinjau. Tagar menempel ke area aman.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="185" />
        <location filename="../../ui/editor/panel.py" line="383" />
        <source>Music</source>
        <translation>Musik</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="357" />
        <source>Hashtag at the top left</source>
        <translation>Tagar di kiri atas</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="357" />
        <source>Hashtag at the top</source>
        <translation>Tagar di atas</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="358" />
        <source>Hashtag at the top right</source>
        <translation>Tagar di kanan atas</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="358" />
        <source>Hashtag in the middle</source>
        <translation>Tagar di tengah</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="359" />
        <source>Hashtag at the bottom left</source>
        <translation>Tagar di kiri bawah</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="359" />
        <source>Hashtag at the bottom</source>
        <translation>Tagar di bawah</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="360" />
        <source>Hashtag at the bottom right</source>
        <translation>Tagar di kanan bawah</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="169" />
        <location filename="../../ui/editor/panel.py" line="385" />
        <source>the campaign song</source>
        <translation>lagu kampanye</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="169" />
        <location filename="../../ui/editor/panel.py" line="386" />
        <source>Play “%s”</source>
        <translation>Putar “%s”</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="389" />
        <source>Song on</source>
        <translation>Lagu nyala</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="389" />
        <source>Song off</source>
        <translation>Lagu mati</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="391" />
        <source>Song</source>
        <translation>Lagu</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="392" />
        <source>Song volume</source>
        <translation>Volume lagu</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="394" />
        <source>Your clip</source>
        <translation>Klip Anda</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="395" />
        <source>Clip volume</source>
        <translation>Volume klip</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="397" />
        <source>Mute my clip's own sound</source>
        <translation>Bisukan suara asli klip</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="401" />
        <source>Song fades in (seconds)</source>
        <translation>Lagu makin keras di awal (detik)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="401" />
        <source>Song fade-in</source>
        <translation>Awal lagu pelan</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="403" />
        <source>Song fades out (seconds)</source>
        <translation>Lagu makin pelan di akhir (detik)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="403" />
        <source>Song fade-out</source>
        <translation>Akhir lagu pelan</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="416" />
        <source>Fade in</source>
        <translation>Awal pelan</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="416" />
        <source>Fade out</source>
        <translation>Akhir pelan</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="417" />
        <source>Song starts at</source>
        <translation>Lagu mulai dari</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="409" />
        <location filename="../../ui/editor/panel.py" line="435" />
        <source> s</source>
        <translation> dtk</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="410" />
        <source>Song starts at (seconds)</source>
        <translation>Lagu mulai dari (detik)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="412" />
        <source>Song start</source>
        <translation>Awal lagu</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="421" />
        <source>♪ Start at the chorus</source>
        <translation>♪ Mulai dari reff</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="422" />
        <source>Play the catchiest part of the song (or drag the song on the timeline)</source>
        <translation>Putar bagian lagu yang paling seru (atau seret lagu di linimasa)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="427" />
        <source>Song: %s · %s</source>
        <translation>Lagu: %s · %s</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="444" />
        <source>Mute the clip</source>
        <translation>Bisukan klip</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="447" />
        <source>Unmute the clip</source>
        <translation>Nyalakan suara klip</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="456" />
        <source>Make it for</source>
        <translation>Buat untuk</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="460" />
        <source>Export for</source>
        <translation>Ekspor untuk</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="464" />
        <source>Export video</source>
        <translation>Ekspor video</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="475" />
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="484" />
        <source>Show in folder</source>
        <translation>Lihat di folder</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="487" />
        <source>Send to phone</source>
        <translation>Kirim ke HP</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="500" />
        <source>Export for %s</source>
        <translation>Ekspor untuk %s</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="577" />
        <source>This clip has no sound</source>
        <translation>Klip ini tidak bersuara</translation>
    </message>
</context>
<context>
    <name>StoryCard</name>
    <message>
        <location filename="../../ui/editor/story_card.py" line="43" />
        <source>Story</source>
        <translation>Cerita</translation>
    </message>
    <message>
        <location filename="../../ui/editor/story_card.py" line="47" />
        <source>Add clip or photo…</source>
        <translation>Tambah klip atau foto…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/story_card.py" line="48" />
        <source>Put more clips or photos after the selected shot (Ctrl+Shift+A)</source>
        <translation>Taruh klip atau foto lagi setelah bagian yang dipilih (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/story_card.py" line="59" />
        <source>Move the shot earlier</source>
        <translation>Pindahkan bagian ke depan</translation>
    </message>
    <message>
        <location filename="../../ui/editor/story_card.py" line="60" />
        <source>Move the shot later</source>
        <translation>Pindahkan bagian ke belakang</translation>
    </message>
    <message>
        <location filename="../../ui/editor/story_card.py" line="61" />
        <source>Duplicate</source>
        <translation>Gandakan</translation>
    </message>
    <message>
        <location filename="../../ui/editor/story_card.py" line="61" />
        <source>A copy right after this shot</source>
        <translation>Salinan tepat setelah bagian ini</translation>
    </message>
    <message>
        <location filename="../../ui/editor/story_card.py" line="63" />
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../ui/editor/story_card.py" line="63" />
        <source>Take this shot out of the story (Delete)</source>
        <translation>Keluarkan bagian ini dari cerita (Delete)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/story_card.py" line="74" />
        <source>Photo shows for</source>
        <translation>Foto tampil selama</translation>
    </message>
    <message>
        <location filename="../../ui/editor/story_card.py" line="79" />
        <location filename="../../ui/editor/story_card.py" line="134" />
        <source> s</source>
        <translation> dtk</translation>
    </message>
    <message>
        <location filename="../../ui/editor/story_card.py" line="80" />
        <source>How long the photo shows</source>
        <translation>Berapa lama foto tampil</translation>
    </message>
    <message>
        <location filename="../../ui/editor/story_card.py" line="83" />
        <location filename="../../ui/editor/story_card.py" line="164" />
        <source>Gentle zoom</source>
        <translation>Zoom pelan</translation>
    </message>
    <message>
        <location filename="../../ui/editor/story_card.py" line="84" />
        <source>The photo zooms in slowly while it shows</source>
        <translation>Foto diperbesar pelan-pelan selama tampil</translation>
    </message>
    <message>
        <location filename="../../ui/editor/story_card.py" line="91" />
        <source>Into this shot</source>
        <translation>Masuk ke bagian ini</translation>
    </message>
    <message>
        <location filename="../../ui/editor/story_card.py" line="97" />
        <source>Between shots</source>
        <translation>Antarbagian</translation>
    </message>
    <message>
        <location filename="../../ui/editor/story_card.py" line="125" />
        <source>Like the video</source>
        <translation>Seperti videonya</translation>
    </message>
    <message>
        <location filename="../../ui/editor/story_card.py" line="126" />
        <source>Cut</source>
        <translation>Potong langsung</translation>
    </message>
    <message>
        <location filename="../../ui/editor/story_card.py" line="127" />
        <source>Crossfade</source>
        <translation>Peralihan silang</translation>
    </message>
    <message>
        <location filename="../../ui/editor/story_card.py" line="128" />
        <source>Dip to the campaign colour</source>
        <translation>Memudar ke warna kampanye</translation>
    </message>
    <message>
        <location filename="../../ui/editor/story_card.py" line="135" />
        <source>%s: how long</source>
        <translation>%s: berapa lama</translation>
    </message>
    <message>
        <location filename="../../ui/editor/story_card.py" line="151" />
        <source>Move shot</source>
        <translation>Pindahkan bagian</translation>
    </message>
    <message>
        <location filename="../../ui/editor/story_card.py" line="154" />
        <source>Duplicate shot</source>
        <translation>Gandakan bagian</translation>
    </message>
    <message>
        <location filename="../../ui/editor/story_card.py" line="157" />
        <source>Delete shot</source>
        <translation>Hapus bagian</translation>
    </message>
    <message>
        <location filename="../../ui/editor/story_card.py" line="160" />
        <source>Photo length</source>
        <translation>Lama foto</translation>
    </message>
    <message>
        <location filename="../../ui/editor/story_card.py" line="170" />
        <source>Transitions</source>
        <translation>Transisi</translation>
    </message>
    <message>
        <location filename="../../ui/editor/story_card.py" line="175" />
        <source>Transition into this shot</source>
        <translation>Transisi ke bagian ini</translation>
    </message>
    <message>
        <location filename="../../ui/editor/story_card.py" line="185" />
        <source>Make a story: add more clips or photos after this one.</source>
        <translation>Buat cerita: tambahkan klip atau foto lain setelah yang ini.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/story_card.py" line="188" />
        <source>photo</source>
        <translation>foto</translation>
    </message>
    <message>
        <location filename="../../ui/editor/story_card.py" line="188" />
        <source>clip</source>
        <translation>klip</translation>
    </message>
    <message>
        <location filename="../../ui/editor/story_card.py" line="189" />
        <source>Shot %1 of %2 · %3</source>
        <translation>Bagian %1 dari %2 · %3</translation>
    </message>
</context>
<context>
    <name>StoryStrip</name>
    <message>
        <location filename="../../ui/story/strip.py" line="102" />
        <source>Scroll the story</source>
        <translation>Geser cerita</translation>
    </message>
    <message>
        <location filename="../../ui/story/strip.py" line="117" />
        <source>Shots</source>
        <translation>Bagian</translation>
    </message>
    <message>
        <location filename="../../ui/story/strip.py" line="117" />
        <source>Song</source>
        <translation>Lagu</translation>
    </message>
    <message>
        <location filename="../../ui/story/strip.py" line="117" />
        <source>Song is off</source>
        <translation>Lagu mati</translation>
    </message>
    <message>
        <location filename="../../ui/story/strip.py" line="118" />
        <source>Loading the song…</source>
        <translation>Memuat lagu…</translation>
    </message>
    <message>
        <location filename="../../ui/story/strip.py" line="118" />
        <source>Drop clips and photos here</source>
        <translation>Taruh klip dan foto di sini</translation>
    </message>
    <message>
        <location filename="../../ui/story/strip.py" line="119" />
        <source>Cannot be read</source>
        <translation>Tidak bisa dibaca</translation>
    </message>
    <message>
        <location filename="../../ui/story/strip.py" line="119" />
        <source>Story timeline</source>
        <translation>Linimasa cerita</translation>
    </message>
    <message>
        <location filename="../../ui/story/strip.py" line="451" />
        <source>Duplicate</source>
        <translation>Gandakan</translation>
    </message>
    <message>
        <location filename="../../ui/story/strip.py" line="452" />
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../ui/story/strip.py" line="454" />
        <source>Move left</source>
        <translation>Pindah ke kiri</translation>
    </message>
    <message>
        <location filename="../../ui/story/strip.py" line="455" />
        <source>Move right</source>
        <translation>Pindah ke kanan</translation>
    </message>
    <message>
        <location filename="../../ui/story/strip.py" line="492" />
        <source>photo</source>
        <translation>foto</translation>
    </message>
    <message>
        <location filename="../../ui/story/strip.py" line="492" />
        <source>clip</source>
        <translation>klip</translation>
    </message>
    <message>
        <location filename="../../ui/story/strip.py" line="493" />
        <source>Shot %1 of %2: %3, %4</source>
        <translation>Bagian %1 dari %2: %3, %4</translation>
    </message>
    <message>
        <location filename="../../ui/story/strip.py" line="500" />
        <source>Crossfade, %1</source>
        <translation>Peralihan silang, %1</translation>
    </message>
    <message>
        <location filename="../../ui/story/strip.py" line="502" />
        <source>Dip to the campaign colour, %1</source>
        <translation>Memudar ke warna kampanye, %1</translation>
    </message>
    <message>
        <location filename="../../ui/story/strip.py" line="504" />
        <source>Cut</source>
        <translation>Potong langsung</translation>
    </message>
    <message>
        <location filename="../../ui/story/strip.py" line="505" />
        <source>click to change the transition</source>
        <translation>klik untuk mengganti peralihan</translation>
    </message>
    <message>
        <location filename="../../ui/story/strip.py" line="518" />
        <source>1 shot, %1 of %2</source>
        <translation>1 bagian, %1 dari %2</translation>
    </message>
    <message>
        <location filename="../../ui/story/strip.py" line="520" />
        <source>%3 shots, %1 of %2</source>
        <translation>%3 bagian, %1 dari %2</translation>
    </message>
    <message>
        <location filename="../../ui/story/strip.py" line="120" />
        <source>%1 too long</source>
        <translation>kelebihan %1</translation>
    </message>
</context>
<context>
    <name>StoryView</name>
    <message>
        <location filename="../../ui/editor/story_view.py" line="64" />
        <source>Move shot</source>
        <translation>Pindahkan bagian</translation>
    </message>
    <message>
        <location filename="../../ui/editor/story_view.py" line="65" />
        <source>Delete shot</source>
        <translation>Hapus bagian</translation>
    </message>
    <message>
        <location filename="../../ui/editor/story_view.py" line="66" />
        <source>Duplicate shot</source>
        <translation>Gandakan bagian</translation>
    </message>
    <message>
        <location filename="../../ui/editor/story_view.py" line="188" />
        <source>%s limit</source>
        <translation>batas %s</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../ui/timeline/widget.py" line="58" />
        <source>Start of the video</source>
        <translation>Awal video</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/widget.py" line="59" />
        <source>End of the video</source>
        <translation>Akhir video</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/widget.py" line="64" />
        <source>Start</source>
        <translation>Awal</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/widget.py" line="67" />
        <source>End</source>
        <translation>Akhir</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/widget.py" line="75" />
        <source>Loop</source>
        <translation>Ulang</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/widget.py" line="76" />
        <source>Play the chosen part again and again</source>
        <translation>Putar bagian terpilih berulang-ulang</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/widget.py" line="79" />
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>Perkecil (Ctrl+roda)</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/widget.py" line="80" />
        <location filename="../../ui/timeline/widget.py" line="123" />
        <source>Zoom out</source>
        <translation>Perkecil</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/widget.py" line="83" />
        <source>Zoom in to pick the exact frame (Ctrl+wheel)</source>
        <translation>Perbesar untuk memilih bingkai yang tepat (Ctrl+roda)</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/widget.py" line="84" />
        <location filename="../../ui/timeline/widget.py" line="122" />
        <source>Zoom in</source>
        <translation>Perbesar</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/widget.py" line="86" />
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/widget.py" line="87" />
        <source>Show the whole clip</source>
        <translation>Tampilkan seluruh klip</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/widget.py" line="108" />
        <source>Scroll the timeline</source>
        <translation>Gulir linimasa</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/widget.py" line="115" />
        <source>Start here (I)</source>
        <translation>Mulai di sini (I)</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/widget.py" line="116" />
        <source>End here (O)</source>
        <translation>Akhiri di sini (O)</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/widget.py" line="117" />
        <source>Play backward (J)</source>
        <translation>Putar mundur (J)</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/widget.py" line="118" />
        <source>Stop (K)</source>
        <translation>Berhenti (K)</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/widget.py" line="119" />
        <source>Play forward, faster (L)</source>
        <translation>Putar maju, lebih cepat (L)</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/widget.py" line="120" />
        <source>Fit to the length limit</source>
        <translation>Pas dengan batas durasi</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/widget.py" line="121" />
        <source>Loop the chosen part</source>
        <translation>Ulangi bagian terpilih</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/widget.py" line="141" />
        <source>minutes:seconds.frames, e.g. 00:12.15 — type a time and press Enter</source>
        <translation>menit:detik.bingkai, mis. 00:12.15 — ketik waktu lalu tekan Enter</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/widget.py" line="338" />
        <source>Song starts at the chorus</source>
        <translation>Lagu mulai dari reff</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/widget.py" line="363" />
        <source>%s s limit</source>
        <translation>batas %s dtk</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/widget.py" line="376" />
        <source>Length %s</source>
        <translation>Durasi %s</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/widget.py" line="381" />
        <source>✂ Fit to %s s</source>
        <translation>✂ Pas %s dtk</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/widget.py" line="385" />
        <source>%1 allows %2 s: shorten the last shots until the story fits (none is left out)</source>
        <translation>%1 menerima %2 dtk: bagian terakhir dipendekkan sampai ceritanya muat (tidak ada yang dibuang)</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/widget.py" line="387" />
        <source>%1 allows %2 s: keep only the first %2 s from the start</source>
        <translation>%1 menerima %2 dtk: simpan hanya %2 dtk pertama dari awal</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/widget.py" line="414" />
        <source>Move the start</source>
        <translation>Geser awal</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/widget.py" line="415" />
        <source>Move the end</source>
        <translation>Geser akhir</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/widget.py" line="429" />
        <source>Move the song</source>
        <translation>Geser lagu</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/widget.py" line="450" />
        <source>the clip is only %s long</source>
        <translation>klip hanya %s</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/widget.py" line="452" />
        <source>the start must come at least 1 s before the end</source>
        <translation>awal harus paling tidak 1 dtk sebelum akhir</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/widget.py" line="454" />
        <source>the end must come at least 1 s after the start</source>
        <translation>akhir harus paling tidak 1 dtk setelah awal</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/widget.py" line="476" />
        <source>The start must come at least 1 s before the end of the video.</source>
        <translation>Awal harus paling tidak 1 dtk sebelum akhir video.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/widget.py" line="486" />
        <source>The end must come at least 1 s after the start of the video.</source>
        <translation>Akhir harus paling tidak 1 dtk setelah awal video.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/widget.py" line="492" />
        <source>Fit to the limit</source>
        <translation>Pas dengan batas</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../ui/timeline/view.py" line="69" />
        <source>Timeline</source>
        <translation>Linimasa</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/view.py" line="93" />
        <source>Clip</source>
        <translation>Klip</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/view.py" line="93" />
        <source>Sound</source>
        <translation>Suara</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/view.py" line="93" />
        <source>Song</source>
        <translation>Lagu</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/view.py" line="94" />
        <source>Song is off</source>
        <translation>Lagu mati</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/view.py" line="94" />
        <source>muted</source>
        <translation>bisu</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/view.py" line="95" />
        <source>no sound</source>
        <translation>tanpa suara</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/view.py" line="95" />
        <source>chorus</source>
        <translation>reff</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/view.py" line="96" />
        <source>Loading the song…</source>
        <translation>Memuat lagu…</translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <location filename="../../ui/dialogs/tour.py" line="49" />
        <source>Open a clip</source>
        <translation>Buka klip</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tour.py" line="50" />
        <source>Start with a video from a phone or camera. No video yet? Press “Try with a sample clip”.</source>
        <translation>Mulai dengan video dari ponsel atau kamera. Belum punya video? Tekan “Coba dengan klip contoh”.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tour.py" line="52" />
        <source>Trim</source>
        <translation>Potong</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tour.py" line="53" />
        <source>Play the clip and move the yellow handles on the timeline to keep only the best part.</source>
        <translation>Putar klip dan geser pegangan kuning di linimasa untuk menyimpan bagian terbaik saja.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tour.py" line="55" />
        <source>Music and hashtag</source>
        <translation>Musik dan tagar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tour.py" line="56" />
        <source>Frame the picture, drag the hashtag where you like, and set the campaign song.</source>
        <translation>Atur bingkai gambar, seret tagar ke tempat yang Anda suka, dan atur lagu kampanye.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tour.py" line="57" />
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tour.py" line="58" />
        <source>Choose the platform and press Export. The video is ready to share.</source>
        <translation>Pilih platform lalu tekan Ekspor. Video siap dibagikan.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tour.py" line="124" />
        <source>Skip tour</source>
        <translation>Lewati tur</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tour.py" line="125" />
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tour.py" line="126" />
        <source>Tour</source>
        <translation>Tur</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tour.py" line="131" />
        <source>Step %1 of %2</source>
        <translation>Langkah %1 dari %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tour.py" line="136" />
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tour.py" line="136" />
        <source>Next</source>
        <translation>Lanjut</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/editor/welcome.py" line="26" />
        <source>Make your %s video</source>
        <translation>Buat video %s Anda</translation>
    </message>
    <message>
        <location filename="../../ui/editor/welcome.py" line="30" />
        <source>Open a clip from your phone or camera. We make it tall, add the hashtag and the song, and get it ready for TikTok, Reels, Shorts and WhatsApp.</source>
        <translation>Buka klip dari ponsel atau kamera. Kami jadikan tegak, tambahkan tagar dan lagunya, lalu siapkan untuk TikTok, Reels, Shorts, dan WhatsApp.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/welcome.py" line="40" />
        <source>Open your clip</source>
        <translation>Buka klip</translation>
    </message>
    <message>
        <location filename="../../ui/editor/welcome.py" line="40" />
        <source>Trim it</source>
        <translation>Potong klip</translation>
    </message>
    <message>
        <location filename="../../ui/editor/welcome.py" line="40" />
        <source>Music and hashtag</source>
        <translation>Musik dan tagar</translation>
    </message>
    <message>
        <location filename="../../ui/editor/welcome.py" line="41" />
        <source>Export and share</source>
        <translation>Ekspor dan bagikan</translation>
    </message>
    <message>
        <location filename="../../ui/editor/welcome.py" line="57" />
        <source>Open a clip…</source>
        <translation>Buka klip…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/welcome.py" line="62" />
        <source>or drag a video file onto this window</source>
        <translation>atau seret berkas video ke jendela ini</translation>
    </message>
    <message>
        <location filename="../../ui/editor/welcome.py" line="69" />
        <source>Recent clips</source>
        <translation>Klip terakhir</translation>
    </message>
</context>
<context>
    <name>WordsCard</name>
    <message>
        <location filename="../../ui/words/card.py" line="95" />
        <source>Words</source>
        <translation>Teks</translation>
    </message>
    <message>
        <location filename="../../ui/words/card.py" line="98" />
        <source>Title at the top</source>
        <translation>Judul di atas</translation>
    </message>
    <message>
        <location filename="../../ui/words/card.py" line="101" />
        <source>e.g. Kelas 5 SDN 3 Merauke</source>
        <translation>mis. Kelas 5 SDN 3 Merauke</translation>
    </message>
    <message>
        <location filename="../../ui/words/card.py" line="104" />
        <source>Title text</source>
        <translation>Teks judul</translation>
    </message>
    <message>
        <location filename="../../ui/words/card.py" line="112" />
        <source> s</source>
        <translation> dtk</translation>
    </message>
    <message>
        <location filename="../../ui/words/card.py" line="113" />
        <source>How long the title shows at the beginning</source>
        <translation>Berapa lama judul tampil di awal</translation>
    </message>
    <message>
        <location filename="../../ui/words/card.py" line="114" />
        <location filename="../../ui/words/card.py" line="306" />
        <source>How long the title shows</source>
        <translation>Lama judul tampil</translation>
    </message>
    <message>
        <location filename="../../ui/words/card.py" line="120" />
        <source>Captions</source>
        <translation>Teks ucapan</translation>
    </message>
    <message>
        <location filename="../../ui/words/card.py" line="125" />
        <source>+ Add caption</source>
        <translation>+ Tambah teks</translation>
    </message>
    <message>
        <location filename="../../ui/words/card.py" line="126" />
        <source>A new caption at the playhead, for two seconds</source>
        <translation>Teks baru di posisi putar, selama dua detik</translation>
    </message>
    <message>
        <location filename="../../ui/words/card.py" line="130" />
        <source>The text before</source>
        <translation>Teks sebelumnya</translation>
    </message>
    <message>
        <location filename="../../ui/words/card.py" line="131" />
        <source>The next text</source>
        <translation>Teks berikutnya</translation>
    </message>
    <message>
        <location filename="../../ui/words/card.py" line="145" />
        <source>Text of the selected caption</source>
        <translation>Isi teks yang dipilih</translation>
    </message>
    <message>
        <location filename="../../ui/words/card.py" line="149" />
        <source>Delete this text</source>
        <translation>Hapus teks ini</translation>
    </message>
    <message>
        <location filename="../../ui/words/card.py" line="154" />
        <source>Box</source>
        <translation>Kotak</translation>
    </message>
    <message>
        <location filename="../../ui/words/card.py" line="154" />
        <source>Outline</source>
        <translation>Garis tepi</translation>
    </message>
    <message>
        <location filename="../../ui/words/card.py" line="155" />
        <source>Karaoke</source>
        <translation>Karaoke</translation>
    </message>
    <message>
        <location filename="../../ui/words/card.py" line="156" />
        <source>On a box in the campaign colour</source>
        <translation>Di atas kotak berwarna kampanye</translation>
    </message>
    <message>
        <location filename="../../ui/words/card.py" line="157" />
        <source>White letters with a dark edge</source>
        <translation>Huruf putih bertepi gelap</translation>
    </message>
    <message>
        <location filename="../../ui/words/card.py" line="158" />
        <source>The word being spoken lights up</source>
        <translation>Kata yang sedang diucapkan menyala</translation>
    </message>
    <message>
        <location filename="../../ui/words/card.py" line="161" />
        <source>Top</source>
        <translation>Atas</translation>
    </message>
    <message>
        <location filename="../../ui/words/card.py" line="161" />
        <source>Middle</source>
        <translation>Tengah</translation>
    </message>
    <message>
        <location filename="../../ui/words/card.py" line="162" />
        <source>Bottom</source>
        <translation>Bawah</translation>
    </message>
    <message>
        <location filename="../../ui/words/card.py" line="163" />
        <source>At the top of the safe zone</source>
        <translation>Di atas, di dalam zona aman</translation>
    </message>
    <message>
        <location filename="../../ui/words/card.py" line="164" />
        <source>In the middle of the picture</source>
        <translation>Di tengah gambar</translation>
    </message>
    <message>
        <location filename="../../ui/words/card.py" line="165" />
        <source>At the bottom of the safe zone</source>
        <translation>Di bawah, di dalam zona aman</translation>
    </message>
    <message>
        <location filename="../../ui/words/card.py" line="169" />
        <source>The buttons above change every caption at once</source>
        <translation>Tombol di atas mengubah semua teks sekaligus</translation>
    </message>
    <message>
        <location filename="../../ui/words/card.py" line="179" />
        <source>Stopped. Your captions are as they were.</source>
        <translation>Dihentikan. Teks Anda tetap seperti semula.</translation>
    </message>
    <message>
        <location filename="../../ui/words/card.py" line="180" />
        <source>Make captions from speech</source>
        <translation>Buat teks dari suara</translation>
    </message>
    <message>
        <location filename="../../ui/words/card.py" line="181" />
        <source>Listen to the video and write what is said as captions, offline; then check and fix the words</source>
        <translation>Dengarkan video dan tulis ucapannya sebagai teks, tanpa internet; lalu periksa dan perbaiki kata-katanya</translation>
    </message>
    <message>
        <location filename="../../ui/words/card.py" line="187" />
        <source>Bahasa Indonesia</source>
        <translation>Bahasa Indonesia</translation>
    </message>
    <message>
        <location filename="../../ui/words/card.py" line="188" />
        <source>English</source>
        <translation>Bahasa Inggris</translation>
    </message>
    <message>
        <location filename="../../ui/words/card.py" line="189" />
        <location filename="../../ui/words/card.py" line="190" />
        <source>Language spoken in the video</source>
        <translation>Bahasa yang diucapkan di video</translation>
    </message>
    <message>
        <location filename="../../ui/words/card.py" line="198" />
        <source>Listening… %p%</source>
        <translation>Mendengarkan… %p%</translation>
    </message>
    <message>
        <location filename="../../ui/words/card.py" line="199" />
        <source>Listening to the video</source>
        <translation>Mendengarkan video</translation>
    </message>
    <message>
        <location filename="../../ui/words/card.py" line="201" />
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../ui/words/card.py" line="206" />
        <location filename="../../ui/words/card.py" line="208" />
        <source>Install speech add-on from file…</source>
        <translation>Pasang tambahan suara dari berkas…</translation>
    </message>
    <message>
        <location filename="../../ui/words/card.py" line="217" />
        <source>Subtitles</source>
        <translation>Subtitle</translation>
    </message>
    <message>
        <location filename="../../ui/words/card.py" line="218" />
        <source>Import .srt…</source>
        <translation>Masukkan .srt…</translation>
    </message>
    <message>
        <location filename="../../ui/words/card.py" line="219" />
        <source>Captions from a subtitle file (.srt); they replace the captions here</source>
        <translation>Teks dari berkas subtitle (.srt); menggantikan teks yang ada di sini</translation>
    </message>
    <message>
        <location filename="../../ui/words/card.py" line="224" />
        <source>The export writes a subtitle file with the same name as the video</source>
        <translation>Ekspor menulis berkas subtitle dengan nama yang sama dengan videonya</translation>
    </message>
    <message>
        <location filename="../../ui/words/card.py" line="229" />
        <source>Kept in the MP4 as subtitles instead of drawn into the picture</source>
        <translation>Disimpan di MP4 sebagai subtitle, tidak digambar ke dalam gambar</translation>
    </message>
    <message>
        <location filename="../../ui/words/card.py" line="228" />
        <location filename="../../ui/words/card.py" line="231" />
        <source>Captions as a subtitle track</source>
        <translation>Teks sebagai trek subtitle</translation>
    </message>
    <message>
        <location filename="../../ui/words/card.py" line="168" />
        <source>For all captions</source>
        <translation>Untuk semua teks</translation>
    </message>
    <message>
        <location filename="../../ui/words/card.py" line="223" />
        <source>Also save an .srt file</source>
        <translation>Simpan juga berkas .srt</translation>
    </message>
    <message>
        <location filename="../../ui/words/card.py" line="227" />
        <source>Beside the video, with its name: for YouTube or a player.</source>
        <translation>Di samping video, dengan namanya: untuk YouTube atau pemutar video.</translation>
    </message>
    <message>
        <location filename="../../ui/words/card.py" line="231" />
        <source>Captions in the picture</source>
        <translation>Teks di dalam gambar</translation>
    </message>
    <message>
        <location filename="../../ui/words/card.py" line="233" />
        <source>Viewers can turn them off; TikTok, Reels and WhatsApp do not show them.</source>
        <translation>Penonton bisa mematikannya; TikTok, Reels dan WhatsApp tidak menampilkannya.</translation>
    </message>
    <message>
        <location filename="../../ui/words/card.py" line="283" />
        <location filename="../../ui/words/card.py" line="509" />
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../ui/words/card.py" line="322" />
        <source>New caption</source>
        <translation>Teks baru</translation>
    </message>
    <message>
        <location filename="../../ui/words/card.py" line="325" />
        <source>Add caption</source>
        <translation>Tambah teks</translation>
    </message>
    <message>
        <location filename="../../ui/words/card.py" line="332" />
        <source>Delete text</source>
        <translation>Hapus teks</translation>
    </message>
    <message>
        <location filename="../../ui/words/card.py" line="349" />
        <source>Edit text</source>
        <translation>Ubah teks</translation>
    </message>
    <message>
        <location filename="../../ui/words/card.py" line="369" />
        <source>Text style: %s</source>
        <translation>Gaya teks: %s</translation>
    </message>
    <message>
        <location filename="../../ui/words/card.py" line="372" />
        <source>Text place: %s</source>
        <translation>Letak teks: %s</translation>
    </message>
    <message>
        <location filename="../../ui/words/card.py" line="185" />
        <location filename="../../ui/words/card.py" line="384" />
        <source>Captions from speech</source>
        <translation>Teks dari suara</translation>
    </message>
    <message>
        <location filename="../../ui/words/card.py" line="390" />
        <source>Captions from speech need the speech add-on: copy its .zip (anakgenius-speech-…) from a USB stick and choose “Install speech add-on from file…”.</source>
        <translation>Teks dari suara memerlukan tambahan suara: salin berkas .zip-nya (anakgenius-speech-…) dari flashdisk, lalu pilih “Pasang tambahan suara dari berkas…”.</translation>
    </message>
    <message>
        <location filename="../../ui/words/card.py" line="395" />
        <source>This copy of the app has no speech recogniser (faster-whisper); install the app with its speech part (%s), then the speech add-on.</source>
        <translation>Aplikasi ini belum punya pengenal suara (faster-whisper); pasang aplikasinya beserta bagian suaranya (%s), lalu tambahan suaranya.</translation>
    </message>
    <message>
        <location filename="../../ui/words/card.py" line="399" />
        <source>The speech add-on is not installed yet: copy its folder (or its two .whl files) from a USB stick and choose “Install speech add-on from file…”, or run %s.</source>
        <translation>Tambahan suara belum terpasang: salin foldernya (atau dua berkas .whl-nya) dari flashdisk, lalu pilih “Pasang tambahan suara dari berkas…”, atau jalankan %s.</translation>
    </message>
    <message>
        <location filename="../../ui/words/card.py" line="409" />
        <source>%s captions made from the speech. They are a draft: play the video, check each caption and fix the words here.</source>
        <translation>%s teks dibuat dari suara. Ini masih draf: putar videonya, periksa setiap teks dan perbaiki kata-katanya di sini.</translation>
    </message>
    <message>
        <location filename="../../ui/words/card.py" line="420" />
        <source>The folder with the speech add-on</source>
        <translation>Folder berisi tambahan suara</translation>
    </message>
    <message>
        <location filename="../../ui/words/card.py" line="421" />
        <source>Speech add-on (*.zip addon.json model.bin *.whl)</source>
        <translation>Tambahan suara (*.zip addon.json model.bin *.whl)</translation>
    </message>
    <message>
        <location filename="../../ui/words/card.py" line="428" />
        <source>Installing the speech add-on…</source>
        <translation>Memasang tambahan suara…</translation>
    </message>
    <message>
        <location filename="../../ui/words/card.py" line="433" />
        <source>The speech add-on is installed. “Make captions from speech” works now.</source>
        <translation>Tambahan suara sudah terpasang. “Buat teks dari suara” sekarang bisa dipakai.</translation>
    </message>
    <message>
        <location filename="../../ui/words/card.py" line="447" />
        <location filename="../../ui/words/card.py" line="459" />
        <source>Import subtitles</source>
        <translation>Masukkan subtitle</translation>
    </message>
    <message>
        <location filename="../../ui/words/card.py" line="448" />
        <source>Subtitles (*.srt)</source>
        <translation>Subtitle (*.srt)</translation>
    </message>
    <message>
        <location filename="../../ui/words/card.py" line="470" />
        <source>%s subtitles were imported.</source>
        <translation>%s subtitle sudah dimasukkan.</translation>
    </message>
    <message>
        <location filename="../../ui/words/card.py" line="501" />
        <source>No captions yet: add one, make them from speech or import an .srt.</source>
        <translation>Belum ada teks: tambahkan, buat dari suara, atau masukkan .srt.</translation>
    </message>
    <message>
        <location filename="../../ui/words/card.py" line="502" />
        <source>%s captions</source>
        <translation>%s teks</translation>
    </message>
    <message>
        <location filename="../../ui/words/card.py" line="509" />
        <source>Caption</source>
        <translation>Teks</translation>
    </message>
    <message>
        <location filename="../../ui/words/card.py" line="510" />
        <source>Line</source>
        <translation>Baris</translation>
    </message>
    <message>
        <location filename="../../ui/words/card.py" line="511" />
        <source>%1 %2 of %3 · %4–%5 s</source>
        <translation>%1 %2 dari %3 · %4–%5 dtk</translation>
    </message>
</context>
<context>
    <name>WordsLane</name>
    <message>
        <location filename="../../ui/words/lane.py" line="125" />
        <source>Words</source>
        <translation>Teks</translation>
    </message>
    <message>
        <location filename="../../ui/words/lane.py" line="125" />
        <source>Double-click to add words at that moment</source>
        <translation>Klik dua kali untuk menambah teks di saat itu</translation>
    </message>
    <message>
        <location filename="../../ui/words/lane.py" line="126" />
        <source>Type the words, then press Enter</source>
        <translation>Ketik teksnya, lalu tekan Enter</translation>
    </message>
    <message>
        <location filename="../../ui/words/lane.py" line="137" />
        <source>Words on the video</source>
        <translation>Teks di video</translation>
    </message>
    <message>
        <location filename="../../ui/words/lane.py" line="138" />
        <source>Words on the video: drag a block to move it, drag its ends to change when it shows, double-click to type. S splits at the playhead, M joins with the next, Delete removes.</source>
        <translation>Teks di video: seret blok untuk memindahkannya, seret ujungnya untuk mengubah kapan tampil, klik dua kali untuk mengetik. S membelah di posisi putar, M menggabung dengan berikutnya, Delete menghapus.</translation>
    </message>
    <message>
        <location filename="../../ui/words/lane.py" line="142" />
        <source>Words of the block</source>
        <translation>Teks blok ini</translation>
    </message>
    <message>
        <location filename="../../ui/words/lane.py" line="376" />
        <source>Move words</source>
        <translation>Pindahkan teks</translation>
    </message>
    <message>
        <location filename="../../ui/words/lane.py" line="379" />
        <location filename="../../ui/words/lane.py" line="383" />
        <source>Change when the words show</source>
        <translation>Ubah waktu tampil teks</translation>
    </message>
    <message>
        <location filename="../../ui/words/lane.py" line="423" />
        <source>Add words</source>
        <translation>Tambah teks</translation>
    </message>
    <message>
        <location filename="../../ui/words/lane.py" line="425" />
        <source>Edit words</source>
        <translation>Ubah teks</translation>
    </message>
    <message>
        <location filename="../../ui/words/lane.py" line="469" />
        <source>There is no room for more words here: move or shorten the blocks beside it.</source>
        <translation>Tidak ada tempat untuk teks lagi di sini: geser atau pendekkan blok di sebelahnya.</translation>
    </message>
    <message>
        <location filename="../../ui/words/lane.py" line="492" />
        <source>Put the playhead on a block of words to split it there.</source>
        <translation>Letakkan posisi putar di atas blok teks untuk membelahnya di situ.</translation>
    </message>
    <message>
        <location filename="../../ui/words/lane.py" line="499" />
        <source>Split words</source>
        <translation>Belah teks</translation>
    </message>
    <message>
        <location filename="../../ui/words/lane.py" line="513" />
        <source>Join words</source>
        <translation>Gabungkan teks</translation>
    </message>
    <message>
        <location filename="../../ui/words/lane.py" line="519" />
        <source>Delete words</source>
        <translation>Hapus teks</translation>
    </message>
    <message>
        <location filename="../../ui/words/lane.py" line="535" />
        <source>%1
%2 – %3 · drag to move, drag an end to change when it shows, double-click to type</source>
        <translation>%1
%2 – %3 · seret untuk memindahkan, seret ujungnya untuk mengubah kapan tampil, klik dua kali untuk mengetik</translation>
    </message>
    <message>
        <location filename="../../ui/words/lane.py" line="567" />
        <source>Edit the words (Enter)</source>
        <translation>Ubah teksnya (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/words/lane.py" line="568" />
        <source>Split at the playhead (S)</source>
        <translation>Belah di posisi putar (S)</translation>
    </message>
    <message>
        <location filename="../../ui/words/lane.py" line="571" />
        <source>Join with the next (M)</source>
        <translation>Gabungkan dengan berikutnya (M)</translation>
    </message>
    <message>
        <location filename="../../ui/words/lane.py" line="573" />
        <source>Delete (Del)</source>
        <translation>Hapus (Del)</translation>
    </message>
    <message>
        <location filename="../../ui/words/lane.py" line="577" />
        <source>Add words here (N)</source>
        <translation>Tambah teks di sini (N)</translation>
    </message>
</context>
<context>
    <name>WordsRoom</name>
    <message>
        <location filename="../../ui/words/room.py" line="83" />
        <source>Place the words</source>
        <translation>Letakkan teks</translation>
    </message>
</context>
<context>
    <name>classroom</name>
    <message>
        <location filename="../../ui/editor/window.py" line="910" />
        <source>Your saved preferences could not be read, so the defaults are used.</source>
        <translation>Preferensi yang tersimpan tidak bisa dibaca, jadi pengaturan bawaan dipakai.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="913" />
        <source>Your preferences were saved by a newer version of the app; the defaults are used.</source>
        <translation>Preferensi Anda disimpan oleh versi aplikasi yang lebih baru; pengaturan bawaan dipakai.</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../app/messages.py" line="37" />
        <source>{path} does not exist</source>
        <translation>{path} tidak ada</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="38" />
        <source>{path} is a folder, not a video file</source>
        <translation>{path} adalah folder, bukan berkas video</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="39" />
        <source>{file} is empty (0 bytes)</source>
        <translation>{file} kosong (0 bita)</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="40" />
        <source>{file} could not be read (it took too long)</source>
        <translation>{file} tidak bisa dibaca (terlalu lama)</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="41" />
        <source>{file} cannot be read: permission denied</source>
        <translation>{file} tidak bisa dibaca: akses ditolak</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="42" />
        <source>{file} could not be read</source>
        <translation>{file} tidak bisa dibaca</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="43" />
        <source>{file} is not a video or audio file that can be read</source>
        <translation>{file} bukan berkas video atau suara yang bisa dibaca</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="44" />
        <source>{file} holds no video or sound</source>
        <translation>{file} tidak berisi video atau suara</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="45" />
        <source>{file} is damaged: its picture size cannot be read</source>
        <translation>{file} rusak: ukuran gambarnya tidak bisa dibaca</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="46" />
        <source>{file} has sound but no picture; open a video clip</source>
        <translation>{file} hanya suara, tanpa gambar; buka klip video</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="47" />
        <source>{file} is a picture, not a video clip</source>
        <translation>{file} adalah foto, bukan klip video</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="48" />
        <source>{file} is not a video clip</source>
        <translation>{file} bukan klip video</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="49" />
        <source>the sample clip could not be made ({reason})</source>
        <translation>klip contoh tidak bisa dibuat ({reason})</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="50" />
        <source>the sample clip could not be made (ffmpeg failed)</source>
        <translation>klip contoh tidak bisa dibuat (ffmpeg gagal)</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="53" />
        <source>no clip was chosen</source>
        <translation>belum ada klip yang dipilih</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="54" />
        <source>the end of the trim must come after its start</source>
        <translation>akhir potongan harus sesudah awalnya</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="55" />
        <source>the start ({start}) is beyond the end of the clip ({end})</source>
        <translation>awal ({start}) melewati akhir klip ({end})</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="56" />
        <source>the video would be only {seconds:.2f} s long; it needs at least {minimum:g} s</source>
        <translation>videonya hanya {seconds:.2f} dtk; minimal {minimum:g} dtk</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="58" />
        <source>the video would be {seconds:.1f} s long, but {preset} allows {limit:g} s here</source>
        <translation>videonya {seconds:.1f} dtk, tetapi {preset} hanya menerima {limit:g} dtk di sini</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="60" />
        <source>the folder {folder} does not exist</source>
        <translation>folder {folder} tidak ada</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="61" />
        <source>{path} is not a folder</source>
        <translation>{path} bukan folder</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="62" />
        <source>{path} is a folder; give a file name for the video</source>
        <translation>{path} adalah folder; beri nama berkas untuk videonya</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="63" />
        <source>the output would overwrite the clip itself; choose another name</source>
        <translation>hasilnya akan menimpa klip aslinya; pilih nama lain</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="64" />
        <source>{file} already exists; choose another name or allow overwriting</source>
        <translation>{file} sudah ada; pilih nama lain atau izinkan menimpa</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="65" />
        <source>another export is still making {file}; wait until it is done or choose another name</source>
        <translation>ekspor lain masih membuat {file}; tunggu sampai selesai atau pilih nama lain</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="67" />
        <source>the folder {folder} cannot be written to</source>
        <translation>folder {folder} tidak bisa ditulisi</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="68" />
        <source>the song {file} has no sound</source>
        <translation>lagu {file} tidak bersuara</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="69" />
        <source>the song is only {seconds:.0f} s long; start it earlier</source>
        <translation>lagunya hanya {seconds:.0f} dtk; mulai lebih awal</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="70" />
        <source>unknown preset '{preset}'; choose one of {choices}</source>
        <translation>preset '{preset}' tidak dikenal; pilih salah satu: {choices}</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="73" />
        <source>the disk is full; free some space and export again</source>
        <translation>disk penuh; kosongkan ruang lalu ekspor lagi</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="74" />
        <source>the output folder cannot be written to (permission denied)</source>
        <translation>folder tujuan tidak bisa ditulisi (akses ditolak)</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="75" />
        <source>the song {file} could not be read; choose another song</source>
        <translation>lagu {file} tidak bisa dibaca; pilih lagu lain</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="76" />
        <source>the clip {file} is damaged and could not be converted</source>
        <translation>klip {file} rusak dan tidak bisa diubah</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="77" />
        <source>the export failed (ffmpeg exit code {code})</source>
        <translation>ekspor gagal (kode ffmpeg {code})</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="78" />
        <source>the export failed for an unexpected reason</source>
        <translation>ekspor gagal karena sebab yang tidak terduga</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="79" />
        <source>the new video came out incomplete, so it was not saved; export again</source>
        <translation>video baru tidak utuh, jadi tidak disimpan; ekspor lagi</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="81" />
        <source>the file came out at {size_mb:.1f} MB, over the {limit_mb:.0f} MB limit</source>
        <translation>berkasnya jadi {size_mb:.1f} MB, melebihi batas {limit_mb:.0f} MB</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="82" />
        <source>the video does not fit under {limit_mb:.0f} MB for {preset}; make it shorter</source>
        <translation>videonya tidak muat di bawah {limit_mb:.0f} MB untuk {preset}; buat lebih pendek</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="86" />
        <source>'{text}' is not a time; use seconds (75) or mm:ss (1:15)</source>
        <translation>'{text}' bukan waktu; tulis detik (75) atau menit:detik (1:15)</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="87" />
        <source>'{text}' is not a valid time</source>
        <translation>'{text}' bukan waktu yang benar</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="90" />
        <source>the project file {path} does not exist</source>
        <translation>berkas proyek {path} tidak ada</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="91" />
        <source>the project file {file} is damaged and cannot be read</source>
        <translation>berkas proyek {file} rusak dan tidak bisa dibaca</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="92" />
        <source>the project file is not an AnakGENIUS project</source>
        <translation>berkas ini bukan proyek AnakGENIUS</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="93" />
        <source>the project file has no schema version; it is not an AnakGENIUS project</source>
        <translation>berkas ini tidak punya versi skema; ini bukan proyek AnakGENIUS</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="94" />
        <source>the project was saved by a newer version of AnakGENIUS Studio; please update the app</source>
        <translation>proyek ini disimpan oleh AnakGENIUS Studio versi lebih baru; perbarui aplikasinya</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="96" />
        <source>the project field '{field}' has a wrong value: {value}</source>
        <translation>kolom proyek '{field}' salah isinya: {value}</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="97" />
        <source>the project field '{field}' has a wrong value</source>
        <translation>kolom proyek '{field}' salah isinya</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="100" />
        <source>{field} must be between {low:g} and {high:g}, not {value}</source>
        <translation>{field} harus antara {low:g} dan {high:g}, bukan {value}</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="101" />
        <source>{field} must be one of {choices}, not '{value}'</source>
        <translation>{field} harus salah satu dari {choices}, bukan '{value}'</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="102" />
        <source>{field} must be a colour like {example}, not '{value}'</source>
        <translation>{field} harus warna seperti {example}, bukan '{value}'</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="103" />
        <source>{field} is too long ({limit} characters at most)</source>
        <translation>{field} terlalu panjang (paling banyak {limit} karakter)</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="104" />
        <source>{field} must be a whole number between {low} and {high}</source>
        <translation>{field} harus bilangan bulat antara {low} dan {high}</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="105" />
        <source>{field} must be text, not {kind}</source>
        <translation>{field} harus berupa teks, bukan {kind}</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="106" />
        <source>{field} must be a number, not {kind}</source>
        <translation>{field} harus berupa angka, bukan {kind}</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="107" />
        <source>{field} must be a list, not {kind}</source>
        <translation>{field} harus berupa daftar, bukan {kind}</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="108" />
        <source>{field} must be a date like {example} (without quotes), not {kind}</source>
        <translation>{field} harus tanggal seperti {example} (tanpa tanda kutip), bukan {kind}</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="109" />
        <source>{field} must be one line of text</source>
        <translation>{field} harus satu baris teks</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="110" />
        <source>{field} must be a table ({example})</source>
        <translation>{field} harus berupa tabel ({example})</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="111" />
        <source>{field} must be a table like {example}</source>
        <translation>{field} harus berupa tabel seperti {example}</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="112" />
        <source>{field} needs a key and a word</source>
        <translation>{field} harus punya key dan word</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="113" />
        <source>{field} has more than {limit} entries</source>
        <translation>{field} berisi lebih dari {limit} butir</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="114" />
        <source>{field} must be '#' and up to 39 letters, digits or '_', not '{value}'</source>
        <translation>{field} harus '#' lalu paling banyak 39 huruf, angka atau '_', bukan '{value}'</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="115" />
        <source>{field} must be a file name inside the pack</source>
        <translation>{field} harus nama berkas di dalam paket kampanye</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="116" />
        <source>{field} is missing</source>
        <translation>{field} belum diisi</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="117" />
        <source>id must be 1–40 of a-z, 0-9 and '-', starting with a letter or digit, not '{value}'</source>
        <translation>id harus 1–40 huruf a-z, angka 0-9 atau '-', diawali huruf atau angka, bukan '{value}'</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="119" />
        <source>ends must not come before starts</source>
        <translation>ends tidak boleh sebelum starts</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="120" />
        <source>'{field}' is not a campaign pack field</source>
        <translation>'{field}' bukan kolom paket kampanye</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="121" />
        <source>format {version}: this pack needs a newer version of AnakGENIUS Studio</source>
        <translation>format {version}: paket kampanye ini butuh AnakGENIUS Studio versi lebih baru</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="123" />
        <source>text</source>
        <translation>teks</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="124" />
        <source>a number</source>
        <translation>angka</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="125" />
        <source>a list</source>
        <translation>daftar</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="126" />
        <source>a table</source>
        <translation>tabel</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="127" />
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="128" />
        <source>date</source>
        <translation>tanggal</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="129" />
        <source>datetime</source>
        <translation>tanggal dan jam</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="130" />
        <source>time</source>
        <translation>jam</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="133" />
        <source>the pack has no {file}</source>
        <translation>tidak ada {file} di paket kampanye</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="134" />
        <source>the pack has more than {limit} files</source>
        <translation>paket kampanye berisi lebih dari {limit} berkas</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="135" />
        <source>the pack is larger than {limit} MB</source>
        <translation>paket kampanye lebih besar dari {limit} MB</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="136" />
        <source>the pack cannot be read ({error})</source>
        <translation>paket kampanye tidak bisa dibaca ({error})</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="137" />
        <source>the pack cannot be installed: {reason}</source>
        <translation>paket kampanye tidak bisa dipasang: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="138" />
        <source>{file} is larger than {limit} {unit}</source>
        <translation>{file} lebih besar dari {limit} {unit}</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="139" />
        <source>{file} is not UTF-8 text</source>
        <translation>{file} bukan teks UTF-8</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="140" />
        <source>{file} cannot be read: {reason}</source>
        <translation>{file} tidak bisa dibaca: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="141" />
        <source>{file} is not valid TOML: {problem} (at line {line}, column {column})</source>
        <translation>{file} bukan TOML yang benar (baris {line}, kolom {column})</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="142" />
        <source>{file} is not valid TOML: {problem} (at end of document)</source>
        <translation>{file} bukan TOML yang benar (di akhir berkas)</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="143" />
        <source>{file} is not valid TOML: {problem}</source>
        <translation>{file} bukan TOML yang benar</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="144" />
        <source>{file} is not valid TOML</source>
        <translation>{file} bukan TOML yang benar</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="145" />
        <source>{file} must be a table of fields</source>
        <translation>{file} harus berupa tabel berisi kolom</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="146" />
        <source>{field}: the file name is not valid</source>
        <translation>{field}: nama berkasnya tidak sah</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="147" />
        <source>{field}: '{name}' must use '/' between folders and no drive letters</source>
        <translation>{field}: '{name}' harus memakai '/' di antara folder, tanpa huruf drive</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="148" />
        <source>{field}: '{name}' is an absolute path; packs may only name their own files</source>
        <translation>{field}: '{name}' adalah jalur lengkap; paket kampanye hanya boleh menyebut berkasnya sendiri</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="150" />
        <source>{field}: '{name}' leaves the pack folder</source>
        <translation>{field}: '{name}' keluar dari folder paket kampanye</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="151" />
        <source>{field}: '{name}' is a symbolic link; packs may not contain links</source>
        <translation>{field}: '{name}' adalah tautan simbolis; paket kampanye tidak boleh berisi tautan</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="152" />
        <source>{field}: the file '{name}' is not in the pack</source>
        <translation>{field}: berkas '{name}' tidak ada di dalam paket kampanye</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="153" />
        <source>'{name}' is a symbolic link; packs may not contain links</source>
        <translation>'{name}' adalah tautan simbolis; paket kampanye tidak boleh berisi tautan</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="154" />
        <source>'{name}' is not a regular file</source>
        <translation>'{name}' bukan berkas biasa</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="155" />
        <source>{field}: '{file}' is not a TrueType or OpenType font</source>
        <translation>{field}: '{file}' bukan fon TrueType atau OpenType</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="156" />
        <source>{field}: the font '{file}' cannot be loaded</source>
        <translation>{field}: fon '{file}' tidak bisa dimuat</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="157" />
        <source>{field}: '{file}' must be a PNG, JPEG or WebP image</source>
        <translation>{field}: '{file}' harus gambar PNG, JPEG atau WebP</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="158" />
        <source>{field}: '{file}' is {width}×{height} pixels; at most {limit}×{limit} is allowed</source>
        <translation>{field}: '{file}' berukuran {width}×{height} piksel; paling besar {limit}×{limit}</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="160" />
        <source>{field}: '{file}' is empty</source>
        <translation>{field}: '{file}' kosong</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="161" />
        <source>{field}: '{file}' is not an image that can be read</source>
        <translation>{field}: '{file}' bukan gambar yang bisa dibaca</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="162" />
        <source>{field}: '{file}' is not a sound file</source>
        <translation>{field}: '{file}' bukan berkas suara</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="163" />
        <source>{field}: '{file}' has no sound</source>
        <translation>{field}: '{file}' tidak bersuara</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="166" />
        <source>{archive}: entry</source>
        <translation>{archive}: entri</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="167" />
        <source>{reason} (zip entries must stay inside the pack)</source>
        <translation>{reason} (isi .zip harus tetap di dalam paket kampanye)</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="168" />
        <source>{archive}: entry '{name}' is a symbolic link; packs may not contain links</source>
        <translation>{archive}: entri '{name}' adalah tautan simbolis; paket kampanye tidak boleh berisi tautan</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="170" />
        <source>{archive}: entry '{name}' is encrypted</source>
        <translation>{archive}: entri '{name}' terenkripsi</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="171" />
        <source>{file} has more than {limit} files</source>
        <translation>{file} berisi lebih dari {limit} berkas</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="172" />
        <source>{file} unpacks to more than {limit} MB</source>
        <translation>isi {file} lebih dari {limit} MB</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="173" />
        <source>{file} unpacks to more than it declares; it is refused</source>
        <translation>isi {file} lebih besar daripada yang tertulis di dalamnya; ditolak</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="174" />
        <source>{file} is not a readable .zip file</source>
        <translation>{file} bukan berkas .zip yang bisa dibaca</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="175" />
        <source>{file} cannot be unpacked: {reason}</source>
        <translation>{file} tidak bisa diekstrak: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="176" />
        <source>{file} has no {toml} at its top</source>
        <translation>tidak ada {toml} di tingkat teratas {file}</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="177" />
        <source>{file} is neither a campaign folder nor a .zip of one</source>
        <translation>{file} bukan folder kampanye dan bukan berkas .zip berisi kampanye</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="180" />
        <source>its id '{id}' differs from its folder name '{folder}'</source>
        <translation>id-nya '{id}' berbeda dengan nama foldernya '{folder}'</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="181" />
        <source>there is no campaign called '{id}'</source>
        <translation>tidak ada kampanye bernama '{id}'</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="182" />
        <source>there is no campaign called '{id}' (see: anakgenius campaigns list)</source>
        <translation>tidak ada kampanye bernama '{id}' (lihat: anakgenius campaigns list)</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="184" />
        <source>the campaign '{id}' is broken: {reason}</source>
        <translation>kampanye '{id}' rusak: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="185" />
        <source>'{id}' is a built-in campaign; give the pack another id</source>
        <translation>'{id}' adalah kampanye bawaan; beri paket kampanye ini id lain</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="186" />
        <source>a campaign '{id}' is already installed; remove it or replace it</source>
        <translation>kampanye '{id}' sudah terpasang; hapus atau ganti dulu</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="187" />
        <source>'{id}' is built in and cannot be removed</source>
        <translation>'{id}' bawaan aplikasi dan tidak bisa dihapus</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="188" />
        <source>there is no installed campaign called '{id}'</source>
        <translation>tidak ada kampanye terpasang bernama '{id}'</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="189" />
        <source>{file} is not a sound file that can be played</source>
        <translation>{file} bukan berkas suara yang bisa diputar</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="190" />
        <source>the song cannot be copied: {reason}</source>
        <translation>lagu tidak bisa disalin: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="193" />
        <source>“{name}” is not a file name Windows accepts; choose another name (for example {example})</source>
        <translation>“{name}” bukan nama berkas yang diterima Windows; pilih nama lain (misalnya {example})</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="195" />
        <source>the path of {file} is {length} characters long and Windows allows at most {limit}; choose a folder nearer the top of the drive (for example Videos) or a shorter name</source>
        <translation>jalur {file} panjangnya {length} karakter, padahal Windows hanya mengizinkan paling banyak {limit}; pilih folder yang lebih dekat ke akar drive (misalnya Video) atau nama yang lebih pendek</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="198" />
        <source>{field}: '{name}' is not a file name Windows accepts (no CON, NUL or COM1, no &lt; &gt; : " | ? *, no dot or space at the end); rename it in the pack</source>
        <translation>{field}: '{name}' bukan nama berkas yang diterima Windows (jangan CON, NUL atau COM1, jangan &lt; &gt; : " | ? *, jangan diakhiri titik atau spasi); ganti namanya di dalam paket kampanye</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="201" />
        <source>id '{id}' is a name Windows keeps for a device; choose another id</source>
        <translation>id '{id}' adalah nama yang dipakai Windows untuk perangkat; pilih id lain</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="204" />
        <source>shot {n} cannot be used: {reason}</source>
        <translation>bagian ke-{n} tidak bisa dipakai: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="205" />
        <source>shot {n}: {reason}</source>
        <translation>bagian ke-{n}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="206" />
        <source>shot {n} ({file}) starts at {start}, beyond the end of the clip ({length})</source>
        <translation>bagian ke-{n} ({file}) mulai pada {start}, melewati akhir klip ({length})</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="208" />
        <source>shot {n} ({file}) is shorter than {seconds:g} s</source>
        <translation>bagian ke-{n} ({file}) lebih pendek dari {seconds:g} dtk</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="209" />
        <source>shot {n} in the project file is damaged</source>
        <translation>bagian ke-{n} di berkas proyek rusak</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="210" />
        <source>shot {n} in the project file has no file</source>
        <translation>bagian ke-{n} di berkas proyek tidak punya berkas</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="211" />
        <source>shot {n} now lasts {seconds:.1f} s</source>
        <translation>bagian ke-{n} sekarang {seconds:.1f} dtk</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="212" />
        <source>a story holds at most {limit} shots, not {count}</source>
        <translation>satu cerita paling banyak {limit} bagian, bukan {count}</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="213" />
        <source>a story holds at most {limit} shots</source>
        <translation>satu cerita paling banyak {limit} bagian</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="214" />
        <source>the story is too long for {limit:g} s even with every shot cut short; remove some shots</source>
        <translation>ceritanya terlalu panjang untuk {limit:g} dtk walau semua bagian sudah dipendekkan; hapus beberapa bagian</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="216" />
        <source>{file} is a HEIC photo, which this version cannot read; save it as JPEG first</source>
        <translation>{file} adalah foto HEIC, yang belum bisa dibaca versi ini; simpan sebagai JPEG dulu</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="218" />
        <source>{file} is not a photo that can be read</source>
        <translation>{file} bukan foto yang bisa dibaca</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="219" />
        <source>{file} is a {kind} picture; use a JPEG or PNG photo</source>
        <translation>{file} adalah gambar {kind}; pakai foto JPEG atau PNG</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="220" />
        <source>{file} is too large a picture ({size})</source>
        <translation>gambar {file} terlalu besar ({size})</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="221" />
        <source>{file} is damaged and could not be read</source>
        <translation>{file} rusak dan tidak bisa dibaca</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="222" />
        <source>the photo {file} could not be converted</source>
        <translation>foto {file} tidak bisa diubah</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="224" />
        <source>{file} was not added: {reason}</source>
        <translation>{file} tidak ditambahkan: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="225" />
        <source>the folder {folder} holds no clips or photos</source>
        <translation>folder {folder} tidak berisi klip atau foto</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="228" />
        <source>--end must come after --start</source>
        <translation>--end harus sesudah --start</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="229" />
        <source>{reason}; trim it with --start/--end or add --cut</source>
        <translation>{reason}; potong dengan --start/--end atau tambahkan --cut</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="230" />
        <source>no video clips were found in what was given</source>
        <translation>tidak ada klip video di antara yang diberikan</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="231" />
        <source>no folders with clips or photos were found in what was given</source>
        <translation>tidak ada folder berisi klip atau foto di antara yang diberikan</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="232" />
        <source>{reason}; add --cut to trim the last shots</source>
        <translation>{reason}; tambahkan --cut untuk memendekkan bagian terakhir</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="233" />
        <source>--start and --end are for one clip; give each shot's times in a project file</source>
        <translation>--start dan --end hanya untuk satu klip; atur waktu tiap bagian di berkas proyek</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="235" />
        <source>give the project either as INPUT or with --project, not both</source>
        <translation>berikan proyek sebagai INPUT atau dengan --project, jangan keduanya</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="238" />
        <source>a video holds at most {limit} text blocks, not {count}</source>
        <translation>satu video paling banyak memuat {limit} blok teks, bukan {count}</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="239" />
        <source>text block {n} has no text</source>
        <translation>blok teks {n} tidak berisi teks</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="240" />
        <source>text block {n} is too long ({limit} characters at most)</source>
        <translation>blok teks {n} terlalu panjang (paling banyak {limit} karakter)</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="241" />
        <source>text block {n}: its start must be 0 s or later and its end after its start</source>
        <translation>blok teks {n}: awalnya harus 0 dtk atau lebih dan akhirnya sesudah awalnya</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="243" />
        <source>text block {n} in the project file is damaged</source>
        <translation>blok teks {n} di berkas proyek rusak</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="244" />
        <source>text block {n}: its word timings are out of order</source>
        <translation>blok teks {n}: waktu kata-katanya tidak berurutan</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="245" />
        <source>this text block is too short to split</source>
        <translation>blok teks ini terlalu pendek untuk dibelah</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="246" />
        <source>there is no next text block to merge with</source>
        <translation>tidak ada blok teks berikutnya untuk digabung</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="247" />
        <source>{file} cannot be read as subtitles</source>
        <translation>{file} tidak bisa dibaca sebagai teks terjemahan (subtitle)</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="248" />
        <source>{file} holds no subtitles that can be used</source>
        <translation>{file} tidak berisi subtitle yang bisa dipakai</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="249" />
        <source>line {line}: {reason}; that subtitle was left out</source>
        <translation>baris {line}: {reason}; subtitle itu dilewati</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="250" />
        <source>the time is not like 00:00:01,000 --&gt; 00:00:02,500</source>
        <translation>waktunya tidak berbentuk 00:00:01,000 --&gt; 00:00:02,500</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="251" />
        <source>the subtitle ends before it starts</source>
        <translation>subtitle berakhir sebelum dimulai</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="252" />
        <source>the subtitle has no text</source>
        <translation>subtitle tidak berisi teks</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="253" />
        <source>the subtitle is longer than {limit} characters</source>
        <translation>subtitle lebih panjang dari {limit} karakter</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="254" />
        <source>{file} has no sound, so there is no speech to turn into captions</source>
        <translation>{file} tidak bersuara, jadi tidak ada ucapan untuk dijadikan teks</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="255" />
        <source>no speech was heard in {file}; no captions were made</source>
        <translation>tidak ada ucapan yang terdengar di {file}; tidak ada teks yang dibuat</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="256" />
        <source>the speech model is not installed; install the add-on “{name}” (see the README: speech to captions)</source>
        <translation>model suara belum terpasang; pasang tambahan “{name}” (lihat README: suara jadi teks)</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="258" />
        <source>the speech model {name} is damaged (its checksum does not match); install it again</source>
        <translation>model suara {name} rusak (checksum-nya tidak cocok); pasang ulang</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="260" />
        <source>the speech could not be recognised: {reason}</source>
        <translation>ucapan tidak bisa dikenali: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="261" />
        <source>--auto-captions works on one clip; make the story's captions in the app or give --captions</source>
        <translation>--auto-captions hanya untuk satu klip; buat teks cerita di aplikasi atau berikan --captions</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="263" />
        <source>--srt-out needs captions (--captions or --auto-captions)</source>
        <translation>--srt-out memerlukan teks (--captions atau --auto-captions)</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="265" />
        <source>none of the story's clips has sound, so there is no speech to turn into captions</source>
        <translation>tidak ada klip cerita yang bersuara, jadi tidak ada ucapan untuk dijadikan teks</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="267" />
        <source>no speech was heard in the story's clips; no captions were made</source>
        <translation>tidak ada ucapan yang terdengar di klip-klip cerita; tidak ada teks yang dibuat</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="268" />
        <source>{kept} subtitles were imported; the ones at line {lines} of {file} were left out (their time or text is broken)</source>
        <translation>{kept} subtitle sudah dimasukkan; yang di baris {lines} pada {file} dilewati (waktu atau teksnya rusak)</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="272" />
        <source>{path} is not a speech add-on for AnakGENIUS Studio (its addon.json is missing or unreadable)</source>
        <translation>{path} bukan tambahan suara untuk AnakGENIUS Studio (addon.json-nya tidak ada atau tidak terbaca)</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="274" />
        <source>this speech add-on is made for {platform}, but this computer runs {here}; copy the add-on for {here}</source>
        <translation>tambahan suara ini dibuat untuk {platform}, tetapi komputer ini memakai {here}; salin tambahan suara untuk {here}</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="276" />
        <source>this speech add-on is made for AnakGENIUS Studio {version} ({python}), but this app is {here} ({here_python}); copy the add-on made for this version of the app</source>
        <translation>tambahan suara ini dibuat untuk AnakGENIUS Studio {version} ({python}), tetapi aplikasi ini versi {here} ({here_python}); salin tambahan suara yang dibuat untuk versi aplikasi ini</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="279" />
        <source>the speech add-on is damaged ({file} is missing or changed); copy it from the USB stick again</source>
        <translation>tambahan suara rusak ({file} hilang atau berubah); salin lagi dari flashdisk</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="281" />
        <source>the speech add-on could not be installed: {reason}</source>
        <translation>tambahan suara tidak bisa dipasang: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="282" />
        <source>the speech add-on does not work with this app ({reason}); install the add-on made for this version</source>
        <translation>tambahan suara tidak cocok dengan aplikasi ini ({reason}); pasang tambahan suara yang dibuat untuk versi ini</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="286" />
        <source>Permission denied</source>
        <translation>akses ditolak</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="287" />
        <source>No space left on device</source>
        <translation>disk penuh</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="288" />
        <source>No such file or directory</source>
        <translation>berkas atau folder tidak ada</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="289" />
        <source>Read-only file system</source>
        <translation>disk ini hanya bisa dibaca</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="290" />
        <source>The process cannot access the file because it is being used by another process</source>
        <translation>berkas sedang dipakai program lain</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="292" />
        <source>Directory not empty</source>
        <translation>folder tidak kosong</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="293" />
        <source>File exists</source>
        <translation>sudah ada</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="295" />
        <source>{text}</source>
        <translation>{text}</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="298" />
        <source>working</source>
        <translation>berfungsi</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="299" />
        <source>not present: {reason}</source>
        <translation>tidak ada: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="300" />
        <source>failed: {reason}</source>
        <translation>gagal: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="301" />
        <source>this ffmpeg cannot use it</source>
        <translation>ffmpeg ini tidak bisa memakainya</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="302" />
        <source>no answer within {seconds:g} s</source>
        <translation>tidak ada jawaban dalam {seconds:g} dtk</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="303" />
        <source>the app stopped during its last test (a driver crash?), so it is not tried again</source>
        <translation>aplikasi berhenti saat pengujian terakhirnya (driver macet?), jadi tidak dicoba lagi</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="305" />
        <source>ffmpeg stopped with code {code}</source>
        <translation>ffmpeg berhenti dengan kode {code}</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="306" />
        <source>its video does not pass the checks: {reason}</source>
        <translation>videonya tidak lolos pemeriksaan: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="307" />
        <source>it has B-frames, which WhatsApp cannot play</source>
        <translation>ada B-frame, yang tidak bisa diputar WhatsApp</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="308" />
        <source>H.264 profile {profile} instead of {expected}</source>
        <translation>profil H.264 {profile}, seharusnya {expected}</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="309" />
        <source>pixel format {pix_fmt} instead of yuv420p</source>
        <translation>format piksel {pix_fmt}, seharusnya yuv420p</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="310" />
        <source>a keyframe only every {frames} frames (at most {limit})</source>
        <translation>keyframe hanya tiap {frames} frame (paling banyak {limit})</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="311" />
        <source>{count} frames at an uneven rate instead of {expected} at 30 fps</source>
        <translation>{count} frame dengan laju tidak rata, seharusnya {expected} pada 30 fps</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="312" />
        <source>The laptop's video chip ({chip}) did not make a good video, so it was made again without it; the next videos will not use the chip.</source>
        <translation>Chip video laptop ({chip}) tidak menghasilkan video yang baik, jadi video dibuat ulang tanpa chip; video berikutnya tidak memakai chip.</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="315" />
        <source>there is no encoder called '{name}'; choose one of: {choices}</source>
        <translation>tidak ada encoder bernama '{name}'; pilih salah satu: {choices}</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="316" />
        <source>software, always works</source>
        <translation>perangkat lunak, selalu berfungsi</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="318" />
        <source>its pictures are not the clip's</source>
        <translation>gambarnya bukan gambar klip</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="319" />
        <source>The laptop's video chip ({chip}) could not read the clip, so the video was made without it.</source>
        <translation>Chip video laptop ({chip}) tidak bisa membaca klip, jadi video dibuat tanpa chip.</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="321" />
        <source>The laptop's video chip ({chip}) could not read the clip, so the video was made without it; the next videos will not use it to read clips.</source>
        <translation>Chip video laptop ({chip}) tidak bisa membaca klip, jadi video dibuat tanpa chip; video berikutnya tidak memakainya untuk membaca klip.</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="325" />
        <source>choose at least one video to send</source>
        <translation>pilih paling sedikit satu video untuk dikirim</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="326" />
        <source>at most {limit} files can be sent at once</source>
        <translation>paling banyak {limit} berkas bisa dikirim sekaligus</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="327" />
        <source>{path} is a folder; choose the video files in it</source>
        <translation>{path} adalah folder; pilih berkas video di dalamnya</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="328" />
        <source>{path} is not an ordinary file and cannot be sent</source>
        <translation>{path} bukan berkas biasa dan tidak bisa dikirim</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="329" />
        <source>sending to phones cannot start: {reason}</source>
        <translation>pengiriman ke HP tidak bisa dimulai: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="330" />
        <source>On the phone, scan the code or open {url}</source>
        <translation>Di HP, pindai kodenya atau buka {url}</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="331" />
        <source>then type the code {code}</source>
        <translation>lalu ketik kode {code}</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="332" />
        <source>if that does not open, try {urls}</source>
        <translation>kalau tidak terbuka, coba {urls}</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="333" />
        <source>this computer is on no local network, so phones cannot reach it; turn on its hotspot, join it from the phone and start again</source>
        <translation>komputer ini tidak tersambung ke jaringan lokal, jadi HP tidak bisa menjangkaunya; nyalakan hotspot komputer, sambungkan HP ke hotspot itu, lalu mulai lagi</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="336" />
        <source>Sending for {minutes} minutes; press Ctrl-C to stop.</source>
        <translation>Mengirim selama {minutes} menit; tekan Ctrl-C untuk berhenti.</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="337" />
        <source>time is up; phones that finished downloading: {count}</source>
        <translation>waktu habis; HP yang selesai mengunduh: {count}</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="338" />
        <source>stopped; phones that finished downloading: {count}</source>
        <translation>dihentikan; HP yang selesai mengunduh: {count}</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="341" />
        <source>the face detector cannot start (the app's files are damaged or incomplete); following the subject and hiding faces are off until the app is installed again, everything else works</source>
        <translation>pendeteksi wajah tidak bisa berjalan (berkas aplikasi rusak atau tidak lengkap); ikuti subjek dan sembunyikan wajah mati sampai aplikasi dipasang ulang, fitur lain tetap jalan</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="344" />
        <source>no face was found in {file}, so it is framed with Blur instead</source>
        <translation>tidak ada wajah yang ditemukan di {file}, jadi dibingkai Buram</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="345" />
        <source>{file} could not be analysed: {reason}</source>
        <translation>{file} tidak bisa dianalisis: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="348" />
        <source>no face to hide was found in {file}; it is exported as it is (draw a box by hand where a face must not be seen)</source>
        <translation>tidak ada wajah untuk disembunyikan di {file}; video diekspor apa adanya (gambar kotak sendiri di bagian wajah yang tidak boleh terlihat)</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="351" />
        <source>--hide-faces takes 'all' or the numbers of the people to hide, like 1,3; not '{value}'</source>
        <translation>--hide-faces menerima 'all' atau nomor orang yang wajahnya disembunyikan, misalnya 1,3; bukan '{value}'</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="353" />
        <source>there is no person {n} in {file}: its faces belong to {count} people</source>
        <translation>tidak ada orang ke-{n} di {file}: wajah-wajahnya milik {count} orang</translation>
    </message>
</context>
<context>
    <name>run_app</name>
    <message>
        <location filename="../../ui/editor/start.py" line="62" />
        <source>AnakGENIUS Studio</source>
        <translation>AnakGENIUS Studio</translation>
    </message>
</context>
<context>
    <name>wording</name>
    <message>
        <location filename="../../ui/story/geometry.py" line="23" />
        <location filename="../../ui/i18n/wording.py" line="18" />
        <source>%s s</source>
        <translation>%s dtk</translation>
    </message>
    <message>
        <location filename="../../ui/i18n/wording.py" line="24" />
        <source>%s min</source>
        <translation>%s mnt</translation>
    </message>
    <message>
        <location filename="../../ui/i18n/wording.py" line="31" />
        <source>Draft (quick check)</source>
        <translation>Draf (cek cepat)</translation>
    </message>
</context>
</TS>