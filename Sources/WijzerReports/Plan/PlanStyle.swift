/// The plan's own CSS on top of the shared report stylesheet (`HTMLPlanRenderer.css`, which the
/// team report uses too): the described path, the spaces to fill in, and print rules so that a
/// one-theme plan fits on three A4 pages without half-empty ones and every link shows its URL.
enum PlanStyle {
    static let css = """
        .path{display:flex;gap:1.5rem;list-style:none;padding:0;margin:.3rem 0}
        .path li{position:relative;padding:.05rem .6rem;border:1px solid var(--line);border-radius:1rem;color:var(--muted)}
        .path li.here{background:var(--accent);border-color:var(--accent);color:#fff;font-weight:600}
        .path li+li::before{content:"→";position:absolute;left:-1.2rem;color:var(--muted);font-weight:400}
        .fill{display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;margin:.6rem 0 .2rem;padding:.5rem .7rem;background:#f3f5f8;border-radius:6px}
        .fill input[type=text]{border:0;border-bottom:1px solid var(--muted);background:transparent;font:inherit;width:12rem}
        ul.tips{padding-left:1.1rem}ul.tips li{margin:.25rem 0}
        .paper-only{display:none}
        @media print{
        @page{size:A4;margin:11mm 13mm}
        body{font-size:9.5pt;line-height:1.3}
        .paper-only{display:block}
        .tiptext{display:none}
        h1{font-size:16pt}h2{font-size:13pt;margin:.8rem 0 .3rem}h3{font-size:11pt;margin:.6rem 0 .2rem}h4{margin:.4rem 0 .1rem}
        p,ol,ul{margin:.3rem 0}
        section,.action,.theme{break-inside:auto}
        li,.fill,blockquote,.path{break-inside:avoid}
        h2,h3,h4{break-after:avoid}
        .action{margin:.6rem 0}.fill{margin:.4rem 0 .1rem;padding:.3rem .6rem}
        .fill{background:none;border:1px solid var(--line)}
        .fill input[type=text]{width:14rem}
        a[href]::after{content:" (" attr(href) ")";font-size:8.5pt;color:var(--muted);word-break:break-all}
        .links a::after{content:" (" attr(href) ")"}
        }
        """
}
