#!/usr/bin/env python3
"""Writes the finite verb forms listed at the end of data/gazetteers/rule_stop_words.txt.

The past and present stems of common Persian verbs with the personal endings, the
participle, the negative ن, the subjunctive ب and the prefix می (written joined), minus
forms that are also common nouns or that another gazetteer lists. Written for pardaz;
run `python3 scripts/verb_forms.py` and paste the output under the marker line.
"""
import glob, os, re, sys

MARKER = "# Finite verb forms (generated"
GAZ = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "gazetteers")


def fold(s):
    # The differences fold_for_search removes, enough to compare list entries.
    for a, b in [("ي", "ی"), ("ى", "ی"), ("ك", "ک"), ("\u200c", " "), ("ة", "ه"), ("ۀ", "ه"),
                 ("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ؤ", "و"), ("ئ", "ی")]:
        s = s.replace(a, b)
    return " ".join(re.sub("[\u064b-\u0652\u0670\u0640]", "", s).split())


def load(pattern):
    out = {}
    for f in glob.glob(os.path.join(GAZ, pattern)):
        for line in open(f, encoding="utf-8"):
            if line.startswith(MARKER):
                break  # the generated block of rule_stop_words.txt itself
            line = line.strip()
            if line and not line.startswith("#"):
                for v in line.split("|"):
                    out[fold(v.strip())] = f
    return out

# (past stem, present stem)
V = [("رفت","رو"),("آمد","آ"),("دید","بین"),("گفت","گو"),("داد","ده"),("گرفت","گیر"),("زد","زن"),
     ("برد","بر"),("آورد","آور"),("خورد","خور"),("نشست","نشین"),("ایستاد","ایست"),("افتاد","افت"),
     ("انداخت","انداز"),("گذاشت","گذار"),("فرستاد","فرست"),("رسید","رس"),("ماند","مان"),("شنید","شنو"),
     ("نوشت","نویس"),("خواند","خوان"),("دانست","دان"),("توانست","توان"),("خواست","خواه"),("کرد","کن"),
     ("شد","شو"),("بود","باش"),("داشت","دار"),("ساخت","ساز"),("پرداخت","پرداز"),("کشید","کش"),
     ("پرسید","پرس"),("گشت","گرد"),("بست","بند"),("شکست","شکن"),("فروخت","فروش"),("یافت","یاب"),
     ("آموخت","آموز"),("سوخت","سوز"),("ریخت","ریز"),("پوشید","پوش"),("جنگید","جنگ"),("ترسید","ترس"),
     ("کوشید","کوش"),("نمود","نما"),("گردید","گرد"),("پذیرفت","پذیر"),("شناخت","شناس"),("کاشت","کار"),
     ("برگشت","برگرد"),("آمدند","")]
ENDS=["م","ی","یم","ید","ند"]
forms=set()
for past,pres in V:
    if past.endswith("ند"): continue
    for e in ENDS: forms.add(past+e)
    forms.add(past+"ه")            # participle
    for e in ENDS: forms.add("ن"+past+e)
    forms.add("ن"+past); forms.add("ن"+past+"ه")
    if pres:
        stem="گوی" if pres=="گو" else pres
        for pre in ["ب","ن","می","نمی"]:
            p=pre+stem
            if stem in ("باش","برگرد") and pre in ("ب",): continue
            if stem=="کار" and pre=="ب": continue
            if pre in ("ب","ن") and stem[0]=="آ": p=pre+"یا"+stem[1:]
            if pre in ("ب","ن") and stem in ("افت","انداز"): p=pre+"ی"+stem[1:]
            for e in ["م","ی","د","یم","ید","ند"]:
                if stem=="آ" or stem.endswith("ا"):
                    forms.add(p+"ی"+e if not e.startswith("ی") else p+e)
                    forms.add(p+"ی"+e)
                    continue
                forms.add(p+e)
# The future auxiliary and the subjunctive of بودن
for e in ["م","ی","یم","ید","ند","د"]:
    forms.add("خواه"+e); forms.add("نخواه"+e); forms.add("باش"+e); forms.add("نباش"+e)
# Drop forms that are common nouns or names, or already on a list
nouns={"رسید","کشید","ماند","دید","گرفته","داده","بسته","شکسته","ساخته","خواسته","دانسته","نوشته",
       "بیند","بند","بندی","بندم","گشته","یافته","کرده","شده","بوده","داشته","ریخته","سوخته","پذیرفته","شناخته",
       "کاشته","آموخته","گفته","خواند","مانده",
       "پوشیده","دانی","خوانی","مانی",
       "روند","بری","بریم","برید","برند","کنی","شوی","دهی","رسی","زنی","زند","پوشی","بینی","گیری","ترسی","کاری","کارم","سازی","سازم",
       "نمایی","نمایم","نمایند","پرسی","خوری","خواهی","باشی","شناسی","پذیری","گردی","کشی","رسم","بندد","شکنی","مانم","بینم",
       "آید","آیم","آیی","آیند","آییم","آیید","نویسی","خوانم","خوانند","دارم","داری","داریم","دارید","دارند","سازند","کارند",
       "گردند","نماید","یابی","یابند","یابم","ریزی","سوزی","آموزی","افتی","اندازی","فرستی","گذاری","گیرم","گویی","گوید","گویند",
       "زنم","زنند","رویم","روی","روید","روم","نمودی","نمودن"}
known={}
for pat in ["person_*.txt","loc_*.txt","org_*.txt","rule_*.txt","neg_*.txt","title_*.txt"]:
    known.update(load(pat))
out=sorted(f for f in forms if f not in nouns and fold(f) not in known and len(f)>=3
           and not f.startswith("نآ") and not f[1:].startswith(("افتاد", "انداخت", "ایستاد")))
print(len(out), file=sys.stderr)
# Twelve forms a line, as the block in rule_stop_words.txt has them.
for i in range(0, len(out), 12):
    print(" | ".join(out[i:i + 12]))
