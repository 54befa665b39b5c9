export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>
        Hotpath runs entirely in your browser: your code, your measurements and your progress stay on this
        device.
      </p>
    </footer>
  );
}
