#!/usr/bin/env python3
"""The scale benchmark (docs/Performance.md, "At scale"): for each N, the API
gen.py writes (N functions of mixed signatures, N/10 classes of five members)
is built with wasmport (the plugin, wasmport-js --target web) and with embind
(Debian's em++ 3.1.6), both at -O2 and stripped, and measured:

  glue and .wasm bytes, raw and gzip -9 (embind's glue: its browser build,
    -sENVIRONMENT=web, as a page would load it; wasmport's: --target web, as
    generated and with --minify);
  start-up (importing the glue to the module being callable) and the first
    call, in fresh Node processes, alternating the variants, median;
  compile time: the plugin's compile and link of the TU against the same TU
    without the attributes compiled and linked without the plugin, and against
    em++'s compile and link of the embind TU, in CPU seconds (user + sys of the
    process and everything it ran, from wait4); wasmport-js's time likewise;
  the per-binding slope of each figure between consecutive sizes, and whether
    it is linear: the slope from the second-largest to the largest N within
    1.25x of the slope below it.

Every size is checked first: both builds must give the same answers to every
call (agree.mjs). Results go to OUT/results.json; the table is printed and
written to OUT/results.md; OUT/scale.svg plots bytes and start-up against N.

usage: run.py --build BUILD_DIR [--out OUT] [--sizes 100,500,2000,5000]
              [--startups 11] [--smoke]
  --smoke: N = 20 only, built and checked for agreement, nothing measured
           (CTest's bench-scale-smoke).
"""
import argparse
import gzip
import json
import os
import shutil
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
TARGETS = {  # at N = 2,000, wasmport / embind (issue 18)
    "download_gzip": 0.75,
    "glue_bytes": 5.0,
    "startup": 0.2,
    "build": 0.5,
}


def cpu_seconds(argv, env=None):
    """Runs argv; returns the CPU time of it and all it waited for."""
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        sys.stderr.write(out.decode(errors="replace"))
        sys.exit(f"run.py: failed ({proc.returncode}): {' '.join(argv)}")
    return usage.ru_utime + usage.ru_stime


def sizes_of(path):
    data = open(path, "rb").read()
    return len(data), len(gzip.compress(data, 9, mtime=0))


def build(n, work, args):
    """Builds both variants of size n in work/; returns their build times."""
    subprocess.run([sys.executable, os.path.join(HERE, "gen.py"), str(n), work], check=True)
    for d in ("wasmport", "embind", "plain"):
        os.makedirs(os.path.join(work, d), exist_ok=True)
    clang = os.environ.get("WASMPORT_CLANG", "clang++-19")
    wasi = [clang, "--target=wasm32-wasi", "--sysroot=/usr", "-std=c++20", "-O2",
            "-I", os.path.join(ROOT, "include")]
    link = ["-mexec-model=reactor", "-Wl,--strip-all"]
    t = {}
    obj = os.path.join(work, "wasmport/scale.o")
    t["plugin_compile"] = cpu_seconds(
        wasi + [f"-fplugin={args.build}/lib/wasmport-plugin.so", "-c",
                os.path.join(work, "wasmport.cpp"), "-o", obj])
    t["plugin_link"] = cpu_seconds(wasi + link + [obj, "-o", os.path.join(work, "wasmport/scale.in.wasm")])
    t["wasmport_js"] = cpu_seconds(
        [f"{args.build}/bin/wasmport-js", os.path.join(work, "wasmport/scale.in.wasm"),
         "--target", "web", "--out-name", "scale", "--no-typescript",
         "--out-dir", os.path.join(work, "wasmport")])
    # The same glue minified (what a page would ship without a bundler).
    subprocess.run([f"{args.build}/bin/wasmport-js", os.path.join(work, "wasmport/scale.in.wasm"),
                    "--target", "web", "--out-name", "scale", "--no-typescript", "--minify",
                    "--out-dir", os.path.join(work, "wasmport-min")], check=True)
    pobj = os.path.join(work, "plain/scale.o")
    t["plain_compile"] = cpu_seconds(wasi + ["-c", os.path.join(work, "plain.cpp"), "-o", pobj])
    t["plain_link"] = cpu_seconds(wasi + link + [pobj, "-o", os.path.join(work, "plain/scale.wasm")])

    # em++ 3.1.6 on Debian: its JS optimiser needs acorn from /usr/share/nodejs.
    env = dict(os.environ)
    env["NODE_PATH"] = "/usr/share/nodejs" + (":" + env["NODE_PATH"] if env.get("NODE_PATH") else "")
    em = ["em++", "--bind", "-O2", "-std=c++17", "-sMODULARIZE", "-sEXPORT_NAME=createScale",
          "-sALLOW_MEMORY_GROWTH"]
    eobj = os.path.join(work, "embind/scale.o")
    t["em_compile"] = cpu_seconds(em + ["-c", os.path.join(work, "embind.cpp"), "-o", eobj], env)
    t["em_link"] = cpu_seconds(em + ["-sENVIRONMENT=web", eobj, "-o", os.path.join(work, "embind/web.js")], env)
    # The Node build the start-up samples load (same flags, Node's glue).
    cpu_seconds(em + ["-sNODEJS_CATCH_EXIT=0", "-sNODEJS_CATCH_REJECTION=0", eobj,
                      "-o", os.path.join(work, "embind/scale.cjs")], env)
    return t


def agree(work):
    subprocess.run(["node", os.path.join(HERE, "agree.mjs"), work], check=True,
                   stdout=subprocess.DEVNULL)


def startups(work, count):
    samples = {"wasmport": [], "embind": []}
    for _ in range(count):
        for variant in samples:
            out = subprocess.run(["node", os.path.join(HERE, "startup.mjs"), variant, work],
                                 check=True, capture_output=True, text=True).stdout
            samples[variant].append(json.loads(out))
    return {v: {"startup_ms": statistics.median(s["startupMs"] for s in ss),
                "first_call_ms": statistics.median(s["firstCallMs"] for s in ss)}
            for v, ss in samples.items()}


def measure(n, work, args):
    t = build(n, work, args)
    agree(work)
    glue, glue_gz = sizes_of(os.path.join(work, "wasmport/scale.js"))
    glue_min, glue_min_gz = sizes_of(os.path.join(work, "wasmport-min/scale.js"))
    wasm, wasm_gz = sizes_of(os.path.join(work, "wasmport/scale.wasm"))
    eglue, eglue_gz = sizes_of(os.path.join(work, "embind/web.js"))
    ewasm, ewasm_gz = sizes_of(os.path.join(work, "embind/web.wasm"))
    s = startups(work, args.startups)
    return {
        "n": n,
        "wasmport": {"glue": glue, "glue_gz": glue_gz, "glue_min": glue_min, "glue_min_gz": glue_min_gz,
                     "wasm": wasm, "wasm_gz": wasm_gz,
                     "startup_ms": s["wasmport"]["startup_ms"], "first_call_ms": s["wasmport"]["first_call_ms"],
                     "build_s": t["plugin_compile"] + t["plugin_link"],
                     "compile_s": t["plugin_compile"], "wasmport_js_s": t["wasmport_js"]},
        "plain": {"build_s": t["plain_compile"] + t["plain_link"], "compile_s": t["plain_compile"]},
        "embind": {"glue": eglue, "glue_gz": eglue_gz, "wasm": ewasm, "wasm_gz": ewasm_gz,
                   "startup_ms": s["embind"]["startup_ms"], "first_call_ms": s["embind"]["first_call_ms"],
                   "build_s": t["em_compile"] + t["em_link"], "compile_s": t["em_compile"]},
    }


FIGURES = [  # (key in a variant, label, unit)
    ("glue", "glue", "B"), ("glue_gz", "glue gzip", "B"), ("wasm", ".wasm", "B"),
    ("wasm_gz", ".wasm gzip", "B"), ("startup_ms", "start-up", "ms"),
    ("first_call_ms", "first call", "ms"), ("build_s", "compile + link", "s"),
]


def slopes(rows, variant, key):
    """Per-binding slopes between consecutive sizes (bindings = N + 6 N/10)."""
    out = []
    for a, b in zip(rows, rows[1:]):
        ba, bb = a["n"] + 6 * max(a["n"] // 10, 1), b["n"] + 6 * max(b["n"] // 10, 1)
        out.append((b[variant][key] - a[variant][key]) / (bb - ba))
    return out


def table(rows):
    lines = ["| N | figure | wasmport | embind | wasmport/embind | plain (no attributes) |",
             "| ---: | --- | ---: | ---: | ---: | ---: |"]
    for r in rows:
        w, e = r["wasmport"], r["embind"]
        for key, label, unit in FIGURES:
            plain = f"{r['plain']['build_s']:.2f} s" if key == "build_s" else ""
            fmt = (lambda v: f"{v:,} {unit}") if unit == "B" else (lambda v: f"{v:.2f} {unit}")
            lines.append(f"| {r['n']:,} | {label} | {fmt(w[key])} | {fmt(e[key])} | "
                         f"{w[key] / e[key]:.2f} | {plain} |")
        dl_w, dl_e = w["glue_gz"] + w["wasm_gz"], e["glue_gz"] + e["wasm_gz"]
        lines.append(f"| {r['n']:,} | download (glue + .wasm, gzip) | {dl_w:,} B | {dl_e:,} B | "
                     f"{dl_w / dl_e:.2f} | |")
        lines.append(f"| {r['n']:,} | glue, --minify (gzip) | {w['glue_min']:,} B ({w['glue_min_gz']:,}) | "
                     f"{e['glue']:,} B ({e['glue_gz']:,}) | {w['glue_min'] / e['glue']:.2f} "
                     f"({w['glue_min_gz'] / e['glue_gz']:.2f}) | |")
        lines.append(f"| {r['n']:,} | wasmport-js | {w['wasmport_js_s']:.2f} s | | | |")
    if len(rows) >= 3:
        lines += ["", "Per-binding slopes between consecutive sizes (a binding is a function, a class or one of "
                  "its members); linear: the last slope within 1.25x of the one before.", "",
                  "| figure | variant | " + " | ".join(f"{a['n']}→{b['n']}" for a, b in zip(rows, rows[1:]))
                  + " | linear |", "| --- | --- |" + " ---: |" * (len(rows) - 1) + " --- |"]
        for key, label, unit in FIGURES:
            for variant in ("wasmport", "embind"):
                s = slopes(rows, variant, key)
                linear = s[-1] <= 1.25 * s[-2] + (1e-9 if unit != "B" else 0)
                lines.append(f"| {label} ({unit}) | {variant} | " + " | ".join(f"{x:.4g}" for x in s)
                             + f" | {'yes' if linear else 'no'} |")
    at = [r for r in rows if r["n"] == 2000]
    if at:
        r = at[0]
        w, e = r["wasmport"], r["embind"]
        got = {
            "download_gzip": (w["glue_gz"] + w["wasm_gz"]) / (e["glue_gz"] + e["wasm_gz"]),
            "glue_bytes": w["glue"] / e["glue"],
            "startup": w["startup_ms"] / e["startup_ms"],
            "build": w["build_s"] / e["build_s"],
        }
        lines += ["", "| target at N = 2,000 (wasmport/embind) | measured | target | |",
                  "| --- | ---: | ---: | --- |"]
        for key, target in TARGETS.items():
            lines.append(f"| {key} | {got[key]:.2f} | ≤ {target} | {'met' if got[key] <= target else 'missed'} |")
    return "\n".join(lines) + "\n"


def svg(rows, path):
    """Two panels: download bytes (gzip) and start-up against N."""
    W, H, M = 360, 240, 50
    colours = {"wasmport": "#1f77b4", "embind": "#d62728"}
    panels = [("download, glue + .wasm gzip (KB)", lambda r, v: (r[v]["glue_gz"] + r[v]["wasm_gz"]) / 1000),
              ("glue bytes (KB)", lambda r, v: r[v]["glue"] / 1000),
              ("start-up in Node (ms)", lambda r, v: r[v]["startup_ms"])]
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W * len(panels)}" height="{H + 30}" '
           f'font-family="sans-serif" font-size="11">']
    nmax = max(r["n"] for r in rows)
    for p, (title, value) in enumerate(panels):
        x0 = p * W
        ymax = max(value(r, v) for r in rows for v in colours) * 1.1 or 1
        sx = lambda n: x0 + M + (W - M - 15) * n / nmax
        sy = lambda y: H - 30 - (H - 60) * y / ymax
        out.append(f'<text x="{x0 + M}" y="16" font-weight="bold">{title}</text>')
        out.append(f'<line x1="{sx(0)}" y1="{sy(0)}" x2="{sx(nmax)}" y2="{sy(0)}" stroke="black"/>')
        out.append(f'<line x1="{sx(0)}" y1="{sy(0)}" x2="{sx(0)}" y2="{sy(ymax)}" stroke="black"/>')
        for r in rows:
            out.append(f'<text x="{sx(r["n"]):.1f}" y="{sy(0) + 14:.1f}" text-anchor="middle">{r["n"]}</text>')
        for frac in (0.25, 0.5, 0.75, 1.0):
            y = ymax / 1.1 * frac
            out.append(f'<text x="{sx(0) - 4:.1f}" y="{sy(y) + 4:.1f}" text-anchor="end">{y:.4g}</text>')
        for v, c in colours.items():
            pts = " ".join(f"{sx(r['n']):.1f},{sy(value(r, v)):.1f}" for r in rows)
            out.append(f'<polyline points="{pts}" fill="none" stroke="{c}" stroke-width="2"/>')
        out.append(f'<text x="{(sx(0) + sx(nmax)) / 2:.1f}" y="{H:.1f}" text-anchor="middle">N (functions; N/10 classes)</text>')
    for i, (v, c) in enumerate(colours.items()):
        out.append(f'<rect x="{M + i * 100}" y="{H + 12}" width="12" height="4" fill="{c}"/>'
                   f'<text x="{M + i * 100 + 16}" y="{H + 18}">{v}</text>')
    out.append("</svg>")
    with open(path, "w") as f:
        f.write("\n".join(out) + "\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", required=True)
    ap.add_argument("--out")
    ap.add_argument("--sizes", default="100,500,2000,5000")
    ap.add_argument("--startups", type=int, default=11)
    ap.add_argument("--smoke", action="store_true")
    args = ap.parse_args()
    args.build = os.path.abspath(args.build)
    out = os.path.abspath(args.out or os.path.join(args.build, "bench-scale"))
    os.makedirs(out, exist_ok=True)
    if args.smoke:
        work = os.path.join(out, "n20")
        shutil.rmtree(work, ignore_errors=True)
        build(20, work, args)
        agree(work)
        print("run.py: smoke: N = 20 built with wasmport and embind; the answers agree")
        return
    rows = []
    for n in (int(s) for s in args.sizes.split(",")):
        work = os.path.join(out, f"n{n}")
        shutil.rmtree(work, ignore_errors=True)
        rows.append(measure(n, work, args))
        print(f"run.py: N = {n} measured", file=sys.stderr)
    with open(os.path.join(out, "results.json"), "w") as f:
        json.dump(rows, f, indent=1)
    text = table(rows)
    with open(os.path.join(out, "results.md"), "w") as f:
        f.write(text)
    svg(rows, os.path.join(out, "scale.svg"))
    sys.stdout.write(text)


if __name__ == "__main__":
    main()
