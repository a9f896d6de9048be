//! The tokenization conventions, one table row per case, on sentences written for these tests.

use pardaz::{TokenKind, Tokenizer, TokenizerOptions, sentences, tokens};

/// The token texts of `input`, joined by ` | ` so that a failing row is easy to read.
fn split(input: &str) -> String {
    tokens(input)
        .map(|t| t.text)
        .collect::<Vec<_>>()
        .join(" | ")
}

fn check(table: &[(&str, &str)]) {
    for (input, expected) in table {
        assert_eq!(split(input), *expected, "input: {input:?}");
    }
}

#[test]
fn every_whitespace_is_a_boundary_and_no_token_holds_a_space() {
    check(&[
        ("به گزارش خبرنگار ما", "به | گزارش | خبرنگار | ما"),
        ("دو\tجمله\nو\u{A0}خط", "دو | جمله | و | خط"),
        ("  فاصله‌های   زیاد  ", "فاصله‌های | زیاد"),
        ("کلمه\u{2003}کلمه", "کلمه | کلمه"),
    ]);
}

#[test]
fn zwnj_never_splits_a_token() {
    check(&[
        ("او می‌شود", "او | می‌شود"),
        ("کتاب‌ها را خواندم", "کتاب‌ها | را | خواندم"),
        ("آنها رفته‌اند", "آنها | رفته‌اند"),
        ("خانواده‌اش آمد", "خانواده‌اش | آمد"),
        ("نمی‌خواهم‌شان", "نمی‌خواهم‌شان"),
        // A ZWNJ left before a space stays with its word; a lone one is skipped like a space.
        ("می‌ رود", "می‌ | رود"),
        ("الف \u{200C} ب", "الف | ب"),
    ]);
}

#[test]
fn clitics_stay_attached_as_written() {
    check(&[
        ("ماتمش گرفت", "ماتمش | گرفت"),
        ("مرا دید", "مرا | دید"),
        ("اوست که می‌داند", "اوست | که | می‌داند"),
        ("کتاب را دید", "کتاب | را | دید"),
        ("این کتاب است", "این | کتاب | است"),
        ("کتابش را برد", "کتابش | را | برد"),
    ]);
}

#[test]
fn each_punctuation_character_is_its_own_token() {
    check(&[
        ("گرگان، ساری و رشت", "گرگان | ، | ساری | و | رشت"),
        ("چرا!؟", "چرا | ! | ؟"),
        ("صبر کن...", "صبر | کن | . | . | ."),
        ("صبر کن…", "صبر | کن | …"),
        ("«سلام» گفت", "« | سلام | » | گفت"),
        ("(ع) و [۱]", "( | ع | ) | و | [ | ۱ | ]"),
        ("گفت:«نه»؛ رفت", "گفت | : | « | نه | » | ؛ | رفت"),
        ("الف-ب", "الف | - | ب"),
        ("آری—نه", "آری | — | نه"),
        ("\"quoted\"", "\" | quoted | \""),
    ]);
}

#[test]
fn missing_spaces_after_punctuation_still_split() {
    check(&[
        ("تهران،اصفهان", "تهران | ، | اصفهان"),
        ("آمد.رفت", "آمد | . | رفت"),
        ("چه؟هیچ", "چه | ؟ | هیچ"),
        ("اول,دوم", "اول | , | دوم"),
    ]);
}

#[test]
fn numbers_of_every_digit_script_stay_whole() {
    check(&[
        ("رشد 10.7 درصد", "رشد | 10.7 | درصد"),
        ("۱۲٬۵۰۰ تومان", "۱۲٬۵۰۰ | تومان"),
        ("۳٫۱۴ است", "۳٫۱۴ | است"),
        ("تاریخ 31/10/1917 بود", "تاریخ | 31/10/1917 | بود"),
        ("ساعت 12:30 شد", "ساعت | 12:30 | شد"),
        ("رشد 5% و ۴۰٪", "رشد | 5% | و | ۴۰٪"),
        ("١٢٣ و ۱۲۳ و 123", "١٢٣ | و | ۱۲۳ | و | 123"),
        ("۱۴۰۲/۰۱/۰۱", "۱۴۰۲/۰۱/۰۱"),
        ("1,250,000 ریال", "1,250,000 | ریال"),
        ("12۳4", "12۳4"),
        // A separator needs a digit after it.
        ("سال 1390.", "سال | 1390 | ."),
        ("ماده 3: متن", "ماده | 3 | : | متن"),
        ("1390-1391", "1390 | - | 1391"),
        ("-5 درجه", "- | 5 | درجه"),
    ]);
}

#[test]
fn digits_glued_to_a_persian_word_are_two_tokens() {
    check(&[
        ("19در", "19 | در"),
        ("جذب714 میلیارد", "جذب | 714 | میلیارد"),
        ("۲۰سال", "۲۰ | سال"),
        ("سال۹۸", "سال | ۹۸"),
    ]);
}

#[test]
fn latin_words_and_identifiers_stay_whole() {
    check(&[
        ("سیاره CoRoT-7b کشف شد", "سیاره | CoRoT-7b | کشف | شد"),
        ("بیماری COVID-19 شیوع", "بیماری | COVID-19 | شیوع"),
        ("فیلم 3D و 4G", "فیلم | 3D | و | 4G"),
        ("شبکه‌ی ICT روستایی", "شبکه‌ی | ICT | روستایی"),
        ("snake_case و O'Neil", "snake_case | و | O'Neil"),
        ("café و naïve", "café | و | naïve"),
        ("Москва و 東京", "Москва | و | 東京"),
        ("iPhoneجدید", "iPhone | جدید"),
    ]);
}

#[test]
fn urls_emails_hashtags_and_mentions_stay_whole() {
    check(&[
        (
            "سایت https://www.irna.ir/news/85012345 را",
            "سایت | https://www.irna.ir/news/85012345 | را",
        ),
        ("به www.isna.ir بروید.", "به | www.isna.ir | بروید | ."),
        ("منبع: isna.ir/news/1،", "منبع | : | isna.ir/news/1 | ،"),
        // A separator with nothing after it is not a path, whatever invisible mark follows.
        ("منبع isna.ir/", "منبع | isna.ir | /"),
        ("منبع isna.ir/\u{200D}", "منبع | isna.ir | /"),
        (
            "(http://example.com/a_(b))",
            "( | http://example.com/a_(b) | )",
        ),
        (
            "http://fa.wikipedia.org/wiki/تهران.",
            "http://fa.wikipedia.org/wiki/تهران | .",
        ),
        ("نشانی info@irna.ir است", "نشانی | info@irna.ir | است"),
        (
            "ali.rezaei+news@mail.co.ir،",
            "ali.rezaei+news@mail.co.ir | ،",
        ),
        (
            "برچسب #ایران_قوی و #نوروز۱۴۰۳",
            "برچسب | #ایران_قوی | و | #نوروز۱۴۰۳",
        ),
        ("#خبر‌فوری!", "#خبر‌فوری | !"),
        ("از @pardaz_bot و @a.b.", "از | @pardaz_bot | و | @a.b | ."),
        // Not units: a lone sign, a dotted word with an unknown suffix.
        ("# و @ تنها", "# | و | @ | تنها"),
        ("file.txt", "file | . | txt"),
    ]);
}

#[test]
fn initials_and_abbreviations_keep_their_periods() {
    check(&[
        ("م. سرشک", "م. | سرشک"),
        ("سال ۵۰۰ ق.م بود", "سال | ۵۰۰ | ق.م | بود"),
        ("۱۳۵۷ ه.ش و ۱۳۹۹ ه.ق", "۱۳۵۷ | ه.ش | و | ۱۳۹۹ | ه.ق"),
        ("ج.ا.ا اعلام کرد", "ج.ا.ا | اعلام | کرد"),
        ("J. K. Rowling", "J. | K. | Rowling"),
        // A lone Latin letter before Persian text ends its sentence.
        ("در گروه B. بعد", "در | گروه | B | . | بعد"),
        ("U.S.A. و Dr. Smith", "U.S.A. | و | Dr. | Smith"),
        ("امام صادق (ع) فرمود", "امام | صادق | ( | ع | ) | فرمود"),
        (
            "پیامبر (ص) و امام (ره)",
            "پیامبر | ( | ص | ) | و | امام | ( | ره | )",
        ),
        // A word of two letters or more keeps no period.
        ("etc. و دو.", "etc | . | و | دو | ."),
    ]);
}

#[test]
fn emoji_sequences_are_one_token() {
    check(&[
        ("عالی👍", "عالی | 👍"),
        ("👍🏽👍", "👍🏽 | 👍"),
        ("خانواده 👨‍👩‍👧‍👦 شاد", "خانواده | 👨‍👩‍👧‍👦 | شاد"),
        ("پرچم 🇮🇷🇫🇷", "پرچم | 🇮🇷 | 🇫🇷"),
        ("❤️ و ❤", "❤️ | و | ❤"),
        ("1️⃣ #️⃣", "1️⃣ | #️⃣"),
        ("🏳️‍🌈!", "🏳️‍🌈 | !"),
    ]);
}

#[test]
fn symbols_are_one_character_each() {
    check(&[
        ("۱۰۰ ﷼", "۱۰۰ | ﷼"),
        ("a+b=c", "a | + | b | = | c"),
        ("$100", "$ | 100"),
        ("۲۵°C", "۲۵ | ° | C"),
        ("©2024", "© | 2024"),
    ]);
}

#[test]
fn raw_text_with_arabic_letters_diacritics_and_kashida_tokenizes_as_is() {
    check(&[
        ("مي شود بانكي", "مي | شود | بانكي"),
        ("كِتابٌ", "كِتابٌ"),
        ("خـــوب", "خـــوب"),
        ("ﻻ إله", "ﻻ | إله"),
        ("خانهٔ ما", "خانهٔ | ما"),
        ("\u{200F}سلام\u{200F} دنیا", "سلام | دنیا"),
    ]);
}

#[test]
fn token_kinds_follow_the_first_character_and_the_unit() {
    let input = "وزیر CoRoT-7b ۱۲٫۵٪ ، https://x.ir a@b.ir #تگ @id 😀 $";
    let kinds: Vec<TokenKind> = tokens(input).map(|t| t.kind).collect();
    assert_eq!(
        kinds,
        [
            TokenKind::Word,
            TokenKind::Latin,
            TokenKind::Number,
            TokenKind::Punctuation,
            TokenKind::Url,
            TokenKind::Email,
            TokenKind::Hashtag,
            TokenKind::Mention,
            TokenKind::Emoji,
            TokenKind::Symbol,
        ]
    );
}

#[test]
fn offsets_are_byte_offsets_into_the_input() {
    let input = "«سلام» 12";
    let spans: Vec<(usize, usize)> = tokens(input).map(|t| (t.start, t.end)).collect();
    assert_eq!(spans, [(0, 2), (2, 10), (10, 12), (13, 15)]);
    for t in tokens(input) {
        assert_eq!(&input[t.start..t.end], t.text);
    }
}

fn sentence_texts(input: &str) -> Vec<&str> {
    sentences(input).map(|s| s.text).collect()
}

fn check_sentences(table: &[(&str, &[&str])]) {
    for (input, expected) in table {
        assert_eq!(sentence_texts(input), *expected, "input: {input:?}");
    }
}

#[test]
fn sentences_end_at_final_marks_followed_by_space() {
    let table: &[(&str, &[&str])] = &[
        (
            "هوا سرد است. باران می‌بارد.",
            &["هوا سرد است.", "باران می‌بارد."],
        ),
        ("آمدی؟ بله! خوب", &["آمدی؟", "بله!", "خوب"]),
        ("واقعا؟! عجب.", &["واقعا؟!", "عجب."]),
        ("صبر کن... بعد", &["صبر کن...", "بعد"]),
        ("Is it? Yes.", &["Is it?", "Yes."]),
        ("بدون نقطه", &["بدون نقطه"]),
        ("  فاصله در دو سر.  ", &["فاصله در دو سر."]),
    ];
    check_sentences(table);
}

#[test]
fn closing_quotes_and_brackets_stay_with_the_sentence_they_close() {
    let table: &[(&str, &[&str])] = &[
        (
            "او گفت: «کار تمام است.» سپس رفت.",
            &["او گفت: «کار تمام است.»", "سپس رفت."],
        ),
        ("(این مهم است!) بعدی", &["(این مهم است!)", "بعدی"]),
        ("«چرا؟»» بله", &["«چرا؟»»", "بله"]),
    ];
    check_sentences(table);
}

#[test]
fn semicolons_decimals_urls_and_abbreviations_never_end_a_sentence() {
    let table: &[(&str, &[&str])] = &[
        ("او آمد؛ ما رفتیم.", &["او آمد؛ ما رفتیم."]),
        ("رشد 10.7 درصد بود. خوب", &["رشد 10.7 درصد بود.", "خوب"]),
        (
            "به www.isna.ir بروید. سپس",
            &["به www.isna.ir بروید.", "سپس"],
        ),
        (
            "نامه به info@irna.ir رسید.",
            &["نامه به info@irna.ir رسید."],
        ),
        ("در سال ۵۰۰ ق.م. جنگ شد.", &["در سال ۵۰۰ ق.م. جنگ شد."]),
        ("شعر م. سرشک خواندنی است.", &["شعر م. سرشک خواندنی است."]),
        ("نوشته J. K. Rowling است.", &["نوشته J. K. Rowling است."]),
        (
            "ایران در گروه B. تیم ملی آماده است.",
            &["ایران در گروه B.", "تیم ملی آماده است."],
        ),
        ("ارتش U.S. حمله کرد.", &["ارتش U.S. حمله کرد."]),
        ("با Dr. Smith دیدار کرد.", &["با Dr. Smith دیدار کرد."]),
        (
            "امام علی (ع) فرمود: علم بهتر است.",
            &["امام علی (ع) فرمود: علم بهتر است."],
        ),
        ("۱. مقدمه", &["۱. مقدمه"]),
        ("ساعت 12:30 است", &["ساعت 12:30 است"]),
    ];
    check_sentences(table);
}

#[test]
fn a_line_break_ends_a_sentence_and_blank_lines_make_none() {
    let table: &[(&str, &[&str])] = &[
        ("عنوان خبر\nمتن خبر.", &["عنوان خبر", "متن خبر."]),
        ("یک\r\n\r\nدو", &["یک", "دو"]),
        ("\n\n  \n", &[]),
        ("", &[]),
    ];
    check_sentences(table);
}

#[test]
fn a_dateline_at_the_start_of_a_sentence_is_a_sentence_of_its_own() {
    let table: &[(&str, &[&str])] = &[
        (
            "تهران - ایرنا: وزیر امور خارجه امروز به ژنو رفت.",
            &["تهران - ایرنا:", "وزیر امور خارجه امروز به ژنو رفت."],
        ),
        (
            "عنوان\nمشهد – خبرگزاری فارس: جلسه برگزار شد.",
            &["عنوان", "مشهد – خبرگزاری فارس:", "جلسه برگزار شد."],
        ),
        (
            "خبر اول تمام شد. رم - ایرنا: خبر دوم.",
            &["خبر اول تمام شد.", "رم - ایرنا:", "خبر دوم."],
        ),
        // Not datelines: no dash, a score, a comma, too many words.
        (
            "استقلال 2-1 پرسپولیس: گزارش بازی",
            &["استقلال 2-1 پرسپولیس: گزارش بازی"],
        ),
        ("وزیر گفت: جلسه برگزار شد.", &["وزیر گفت: جلسه برگزار شد."]),
        (
            "به گزارش ایرنا، تهران - قم: جاده بسته شد.",
            &["به گزارش ایرنا، تهران - قم: جاده بسته شد."],
        ),
        (
            "جلسه اول این کمیسیون ویژه مجلس - که دیروز بود: تصویب شد.",
            &["جلسه اول این کمیسیون ویژه مجلس - که دیروز بود: تصویب شد."],
        ),
    ];
    check_sentences(table);
}

#[test]
fn a_final_mark_between_persian_letters_ends_a_sentence_without_a_space() {
    let table: &[(&str, &[&str])] = &[
        ("جلسه تمام شد.وزیر رفت.", &["جلسه تمام شد.", "وزیر رفت."]),
        ("کجا رفت؟او نبود", &["کجا رفت؟", "او نبود"]),
        // But not after an initial, nor between Latin letters.
        ("ق.م.", &["ق.م."]),
        ("index.html را ببین", &["index.html را ببین"]),
    ];
    check_sentences(table);
}

#[test]
fn the_verb_join_is_off_by_default_and_joins_across_spaces_when_on() {
    assert_eq!(split("او خواهد رفت"), "او | خواهد | رفت");
    let joiner = Tokenizer::new(TokenizerOptions::default().join_verbs(true));
    let table: &[(&str, &[&str])] = &[
        ("او خواهد رفت.", &["او", "خواهد رفت", "."]),
        ("ما نخواهیم کرد", &["ما", "نخواهیم کرد"]),
        ("گفته شده است که", &["گفته شده است", "که"]),
        ("او رفته بود", &["او", "رفته بود"]),
        ("ساخته می‌شود", &["ساخته می‌شود"]),
        ("كرده است", &["كرده است"]),
        ("دیده باشند،", &["دیده باشند", "،"]),
        // Not verbs: a noun ending in ه, a future auxiliary without a stem, a line break.
        ("خانه است", &["خانه", "است"]),
        ("خواهد دانشگاه", &["خواهد", "دانشگاه"]),
        ("رفته\nاست", &["رفته", "است"]),
    ];
    for (input, expected) in table {
        let got: Vec<&str> = joiner.tokens(input).map(|t| t.text).collect();
        assert_eq!(got, *expected, "input: {input:?}");
    }
}

#[test]
fn options_switch_units_off() {
    let plain = Tokenizer::new(
        TokenizerOptions::default()
            .urls(false)
            .emails(false)
            .hashtags(false)
            .mentions(false)
            .emoji(false)
            .abbreviations(false),
    );
    let got: Vec<&str> = plain
        .tokens("www.a.ir a@b.ir #تگ @id 👍🏽 م.")
        .map(|t| t.text)
        .collect();
    assert_eq!(
        got,
        [
            "www", ".", "a", ".", "ir", "a", "@", "b", ".", "ir", "#", "تگ", "@", "id", "👍", "🏽",
            "م", "."
        ]
    );
}

#[test]
fn an_ellipsis_after_a_single_letter_is_not_an_initial() {
    check(&[
        (
            "سیب، انار و... خرید",
            "سیب | ، | انار | و | . | . | . | خرید",
        ),
        ("A... B", "A | . | . | . | B"),
    ]);
    check_sentences(&[
        ("سیب، انار و... خرید. بعد", &["سیب، انار و... خرید.", "بعد"]),
        ("او رفت... ما ماندیم", &["او رفت...", "ما ماندیم"]),
    ]);
}

#[test]
fn treebank_style_text_splits_as_its_annotators_split_it() {
    // Conventions seen in the Persian UD treebanks, on sentences written for this test:
    // honorifics in (possibly mirrored) parentheses, doubled commas, spaced number slashes.
    check(&[
        ("علی) ع (گفت", "علی | ) | ع | ( | گفت"),
        ("پیامبر (ص) فرمود", "پیامبر | ( | ص | ) | فرمود"),
        ("زبان فارسی،، بهار", "زبان | فارسی | ، | ، | بهار"),
        (
            "با زمان ۳ / ۱۲ / ۴۵ ساعت",
            "با | زمان | ۳ | / | ۱۲ | / | ۴۵ | ساعت",
        ),
    ]);
    check_sentences(&[
        (
            "کشتی آسیا - اقیانوسیه: تیم ما سوم شد.",
            &["کشتی آسیا - اقیانوسیه:", "تیم ما سوم شد."],
        ),
        ("او گفت) ره (. بعد", &["او گفت) ره (.", "بعد"]),
    ]);
}

#[test]
fn an_ellipsis_after_the_conjunction_va_means_and_so_on_with_or_without_a_space() {
    check_sentences(&[
        (
            "میوه، سبزی و ... خریدیم. فردا",
            &["میوه، سبزی و ... خریدیم.", "فردا"],
        ),
        ("کاغذ و قلم و.... فروختند", &["کاغذ و قلم و.... فروختند"]),
        // Elsewhere an ellipsis followed by a space still ends its sentence.
        ("او گفت ... و ساکت شد", &["او گفت ...", "و ساکت شد"]),
    ]);
}

#[test]
fn a_postposition_or_copula_after_a_mark_continues_the_sentence() {
    check_sentences(&[
        (
            "کتاب‌های شعر و داستان و غیره ... را ورق زد. بعد",
            &["کتاب‌های شعر و داستان و غیره ... را ورق زد.", "بعد"],
        ),
        ("نام او «حسن!» است. بله", &["نام او «حسن!» است.", "بله"]),
        (
            "این کارها بی‌فایده ... اند و بس",
            &["این کارها بی‌فایده ... اند و بس"],
        ),
        // Only the listed words: any other word opens a new sentence.
        (
            "کار تمام شد... راستش خسته‌ام",
            &["کار تمام شد...", "راستش خسته‌ام"],
        ),
        // A line break still ends the sentence.
        ("تمام شد.\nرا", &["تمام شد.", "را"]),
    ]);
}

#[test]
fn marks_and_closers_standing_alone_after_a_sentence_stay_with_it() {
    check_sentences(&[
        ("ترکیه . . . بعدی", &["ترکیه . . .", "بعدی"]),
        ("«کار تمام است. » سپس", &["«کار تمام است. »", "سپس"]),
        ("تمام شد.\n. بعد", &["تمام شد.", ". بعد"]),
        ("۲ . مقدمه", &["۲ . مقدمه"]),
    ]);
}

#[test]
fn acronyms_spelled_with_letter_names_stay_whole() {
    check(&[
        ("شبکه بی.بی.سی گزارش داد", "شبکه | بی.بی.سی | گزارش | داد"),
        ("به گزارش سی.ان.ان،", "به | گزارش | سی.ان.ان | ،"),
        // One period between short words stays split: it may be a missing space.
        ("نور یو.وی", "نور | یو | . | وی"),
    ]);
    check_sentences(&[
        (
            "به گزارش سی.ان.ان، او آمد.",
            &["به گزارش سی.ان.ان، او آمد."],
        ),
        ("نور یو.وی مضر است.", &["نور یو.وی مضر است."]),
    ]);
}

#[cfg(all(feature = "serde", feature = "cli"))]
#[test]
fn tokens_and_sentences_serialize_with_lowercase_kinds() {
    let token = tokens("سلام 😀").nth(1).unwrap();
    assert_eq!(
        serde_json::to_string(&token).unwrap(),
        r#"{"text":"😀","start":9,"end":13,"kind":"emoji"}"#
    );
    let sentence = sentences("آمد. رفت").nth(1).unwrap();
    assert_eq!(
        serde_json::to_string(&sentence).unwrap(),
        r#"{"text":"رفت","start":8,"end":14}"#
    );
}
