// Shared by the host test pages (plain-host.html, hostile.html): `?theme=dark` puts the documented
// theme class on <body>, as a web editor would after loading themes/dark.css.
if (new URLSearchParams(window.location.search).get('theme') === 'dark') {
  document.body.classList.add('lio-theme-dark');
}
