"""Build every layout of one zoo into OUT_DIR and check truth strings against extracted text:
`python verify_zoo.py ZOO OUT_DIR` (zoos X to ZQ; the older zoos keep their own _verify_<zoo>.py)."""
import glob, importlib.util, json, os, re, sys, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)


def norm(s):
    s = s.replace('\u00a0', ' ').replace('\u2019', "'").replace('\u2018', "'")
    return re.sub(r'\s+', ' ', s).strip()


def docx_text(path):
    from docx import Document
    d = Document(path)
    parts = []

    def tables(ts):
        for t in ts:
            for row in t.rows:
                for c in row.cells:
                    parts.append(' '.join(p.text for p in c.paragraphs))
                    tables(c.tables)
    parts += [p.text for p in d.paragraphs]
    tables(d.tables)
    for s in d.sections:
        for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer):
            try:
                parts += [p.text for p in hf.paragraphs]
                tables(hf.tables)
            except Exception:
                pass
    return norm(' \n '.join(parts))


def pdf_text(path):
    import pdfplumber
    parts = []
    with pdfplumber.open(path) as pdf:
        for pg in pdf.pages:
            parts.append(pg.extract_text() or '')
            for t in pg.extract_tables():
                for row in t:
                    for c in row:
                        if c:
                            parts.append(c)
    return norm(' \n '.join(parts))


def date_forms(iso):
    d = datetime.date.fromisoformat(iso)
    day, mon, y = d.day, d.month, d.year
    mn = d.strftime('%B'); ma = d.strftime('%b')
    suf = 'th' if 11 <= day <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')
    return [iso, f'{day:02d}/{mon:02d}/{y}', f'{day}/{mon}/{y}', f'{day:02d}.{mon:02d}.{y}', f'{day}.{mon}.{y}',
            f'{day:02d}-{mon:02d}-{y}', f'{day} {mn} {y}', f'{day}{suf} {mn} {y}', f'{day} {ma} {y}',
            f'{day:02d}-{ma}-{y}', f'{day:02d} {ma} {y}', f'{day:02d}/{mon:02d}/{str(y)[2:]}', f'{mn} {day}, {y}',
            f'{day:02d} {mn} {y}', f'{day}-{ma}-{y}', f'{day:02d}-{ma.upper()}-{y}']


def att_forms(v):
    out = [f'{v:.1f}', f'{v:.2f}']
    if float(v).is_integer():
        out.append(f'{int(v)}%')
        out.append(f'{int(v)} %')
        out.append(f'{int(v)} per cent')
    return out


def check(path, truth):
    text = docx_text(path) if path.endswith('.docx') else pdf_text(path)
    errs = []

    def has(s, what):
        if s is None:
            return
        if norm(s) not in text:
            errs.append(f'{what} not found: {s!r}')
    has(truth['child_name'], 'child_name')
    if truth.get('child_first_name') and truth['child_first_name'] not in text:
        errs.append('child_first_name not found')
    has(truth['school'], 'school')
    for v in truth['pupil_voice']:
        has(v, 'voice')
    for t in truth['targets']:
        has(t['text'], 'target')
    for s in truth['pp_spend']:
        has(s['description'], 'pp_spend')
        if s.get('target') is not None and not (1 <= s['target'] <= len(truth['targets'])):
            errs.append(f'pp target index out of range: {s}')
    for k in ('meeting_date', 'completed_date'):
        if truth[k]:
            if not any(f in text for f in date_forms(truth[k])):
                errs.append(f'{k} {truth[k]} not found in any form')
    if truth['attendance_percent'] is not None:
        if not any(f in text for f in att_forms(truth['attendance_percent'])):
            errs.append(f'attendance {truth["attendance_percent"]} not found')
    if truth['pp_requested'] is not None:
        v = truth['pp_requested']
        forms = [f'{v:,.2f}', f'{v:.2f}', f'{v:,.0f}', f'{v:.0f}']
        if not any(f in text for f in forms):
            errs.append(f'pp_requested {v} not found')
    for k in ('layout', 'file', 'inspired_by', 'quirks', 'child_name', 'child_first_name', 'school', 'year_group',
              'meeting_date', 'completed_date', 'attendance_percent', 'pupil_voice', 'targets', 'english_target',
              'maths_target', 'pp_spend', 'pp_requested'):
        if k not in truth:
            errs.append(f'missing key {k}')
    return errs


def main():
    if len(sys.argv) < 3:
        print('usage: verify_zoo.py ZOO OUT_DIR'); sys.exit(2)
    zoo, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    for f in glob.glob(os.path.join(out, f'z{zoo}[0-9]*')):
        os.remove(f)
    for gen in sorted(glob.glob(os.path.join(HERE, f'z{zoo}[0-9][0-9]_*.py'))):
        spec = importlib.util.spec_from_file_location(os.path.basename(gen)[:-3], gen)
        m = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(m)
        m.build(out)
    fails = 0
    n = 0
    for tf in sorted(glob.glob(os.path.join(out, f'z{zoo}[0-9]*.truth.json'))):
        truth = json.load(open(tf))
        path = os.path.join(out, truth['file'])
        n += 1
        if not os.path.exists(path):
            print(f'FAIL {truth["file"]}: file missing'); fails += 1; continue
        errs = check(path, truth)
        if errs:
            fails += 1
            print(f'FAIL {truth["file"]}: ' + '; '.join(errs))
        else:
            print(f'ok   {truth["file"]}')
    print(f'{n} files checked, {fails} failed')
    sys.exit(1 if fails or n == 0 else 0)


if __name__ == '__main__':
    main()
