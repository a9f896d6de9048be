//! Behaviour of the named-entity extractor on sentences written for these tests.

use pardaz::entities::{Document, Extractor, Label};
use std::sync::LazyLock;

/// The embedded gazetteers plus a few names, so that these tests do not depend on the size
/// of the shipped lists.
static EX: LazyLock<Extractor> = LazyLock::new(|| {
    Extractor::builder()
        .gazetteer(
            "loc_countries_test.txt",
            "ایران\nروسیه\nچین\nترکیه\nفرانسه\nآمریکا | امریکا\n",
        )
        .gazetteer("loc_test_places.txt", "تهران\nخراسان رضوی\nمسکو\n")
        .gazetteer(
            "person_given_names_test.txt",
            "حمید\nعلی\nمحمود\nسید\nابراهیم\nمریم\n",
        )
        .gazetteer("person_given_names_foreign_test.txt", "ماکسیم\nجک\n")
        .gazetteer("neg_test.txt", "ایرانی\n")
        .build()
        .unwrap()
});

fn flat(doc: &Document<'_>) -> Vec<(Label, String)> {
    doc.entities
        .iter()
        .filter(|e| !e.nested)
        .map(|e| (e.label, e.text.to_owned()))
        .collect()
}

fn all(text: &str) -> Vec<(Label, String, bool)> {
    EX.extract(text)
        .into_iter()
        .map(|e| (e.label, e.text.to_owned(), e.nested))
        .collect()
}

use Label::{Loc, Org, Person, Title};

fn check(cases: &[(&str, &[(Label, &str)])]) {
    for (text, want) in cases {
        let got = flat(&EX.analyze(text, None));
        let want: Vec<(Label, String)> = want.iter().map(|(l, s)| (*l, s.to_string())).collect();
        assert_eq!(got, want, "{text}");
    }
}

#[test]
fn ministries_are_organizations_with_their_official_names() {
    check(&[
        (
            "نامه وزارت ارتباطات و فناوری اطلاعات رسید.",
            &[(Org, "وزارت ارتباطات و فناوری اطلاعات")],
        ),
        (
            "بودجه وزارت علوم، تحقیقات و فناوری افزایش یافت.",
            &[(Org, "وزارت علوم، تحقیقات و فناوری")],
        ),
        (
            "بودجه وزارت علوم ، تحقیقات و فناوری افزایش یافت .",
            &[(Org, "وزارت علوم ، تحقیقات و فناوری")],
        ),
        (
            "بیانیه وزارت امور خارجه روسیه منتشر شد.",
            &[(Org, "وزارت امور خارجه روسیه")],
        ),
        (
            "وزارت پست و تلگراف و تلفن در سال 1382 تغییر نام داد.",
            &[
                (Org, "وزارت پست و تلگراف و تلفن"),
                (Label::Date, "سال 1382"),
            ],
        ),
    ]);
}

#[test]
fn a_minister_title_nests_the_portfolio_or_the_countrys_ministry_as_org_and_the_country_as_loc() {
    assert_eq!(
        all("دیدار وزیر ارتباطات ایران با همتای خود"),
        [
            (Title, "وزیر ارتباطات ایران".into(), false),
            (Org, "ارتباطات ایران".into(), true),
            (Loc, "ایران".into(), true),
        ]
    );
    assert_eq!(
        all("وزیر نیرو گفت"),
        [
            (Title, "وزیر نیرو".into(), false),
            (Org, "نیرو".into(), true),
        ]
    );
    assert_eq!(
        all("وزیر توسعه دیجیتال، ارتباطات و رسانه های جمعی روسیه به تهران آمد."),
        [
            (
                Title,
                "وزیر توسعه دیجیتال، ارتباطات و رسانه های جمعی روسیه".into(),
                false
            ),
            (
                Org,
                "توسعه دیجیتال، ارتباطات و رسانه های جمعی روسیه".into(),
                true
            ),
            (Loc, "روسیه".into(), true),
            (Loc, "تهران".into(), false),
        ]
    );
}

#[test]
fn titles_take_their_portfolio_organization_or_place() {
    check(&[
        (
            "معاون وزیر ارتباطات تاکید کرد که کار ادامه دارد.",
            &[(Title, "معاون وزیر ارتباطات")],
        ),
        (
            "سخنگوی وزارت امور خارجه در نشست خبری گفت",
            &[(Title, "سخنگوی وزارت امور خارجه")],
        ),
        (
            "استاندار خراسان رضوی از پروژه بازدید کرد.",
            &[(Title, "استاندار خراسان رضوی")],
        ),
        (
            "سفیر ایران در روسیه با او دیدار کرد.",
            &[(Title, "سفیر ایران در روسیه")],
        ),
        (
            "رئیس‌جمهور فرانسه به چین رفت.",
            &[(Title, "رئیس‌جمهور فرانسه"), (Loc, "چین")],
        ),
        (
            "نماینده مردم تهران در مجلس شورای اسلامی گفت",
            &[(Title, "نماینده مردم تهران در مجلس شورای اسلامی")],
        ),
    ]);
}

#[test]
fn a_bare_role_word_is_not_a_title() {
    check(&[
        ("وزیر گفت که جلسه لغو شد.", &[]),
        ("معاون او در جلسه حاضر بود.", &[]),
    ]);
}

#[test]
fn head_noun_organizations_stop_at_function_words_verbs_and_other_committees() {
    check(&[
        (
            "در سه کمیته مخابرات و نظارت رادیویی، کمیته فناوری اطلاعات و کمیته امنیت اطلاعات برگزار می شود.",
            &[
                (Org, "کمیته مخابرات و نظارت رادیویی"),
                (Org, "کمیته فناوری اطلاعات"),
                (Org, "کمیته امنیت اطلاعات"),
            ],
        ),
        ("شرکت در انتخابات وظیفه است.", &[]),
        ("سازمان های دولتی موظف شدند.", &[]),
    ]);
}

#[test]
fn a_working_group_keeps_its_domain_and_nests_its_countries() {
    assert_eq!(
        all("نشست کار گروه همکاری های ایران و چین در حوزه انرژی به صورت آنلاین برگزار شد."),
        [
            (
                Org,
                "کار گروه همکاری های ایران و چین در حوزه انرژی".into(),
                false
            ),
            (Loc, "ایران".into(), true),
            (Loc, "چین".into(), true),
        ]
    );
}

#[test]
fn report_sources_are_organizations_without_the_press_office() {
    check(&[
        (
            "به گزارش کاوش و دانش به نقل از روابط عمومی وزارت نیرو، سد افتتاح شد.",
            &[(Org, "کاوش و دانش"), (Org, "وزارت نیرو")],
        ),
        (
            "به گزارش « صدای شهر » ، جلسه برگزار شد .",
            &[(Org, "صدای شهر")],
        ),
        (
            "به گزارش خبرنگار روزنامه همشهری، جلسه برگزار شد.",
            &[(Org, "روزنامه همشهری")],
        ),
    ]);
}

#[test]
fn the_government_of_a_country_is_an_organization() {
    assert_eq!(
        all("از طرف دولت ایران اعلام می کنم"),
        [
            (Org, "دولت ایران".into(), false),
            (Loc, "ایران".into(), true)
        ]
    );
}

#[test]
fn people_are_the_name_only() {
    check(&[
        (
            "حمید سعیدی در این جلسه حضور داشت.",
            &[(Person, "حمید سعیدی")],
        ),
        (
            "آقای محمود احمدی نژاد به شهر آمد.",
            &[(Person, "محمود احمدی نژاد")],
        ),
        (
            "حجت الاسلام سید ابراهیم رئیسی سخنرانی کرد.",
            &[(Person, "سید ابراهیم رئیسی")],
        ),
        ("دکتر کاظمی پاسخ داد.", &[(Person, "کاظمی")]),
        ("ماکسیم دورسی از شرکت رفت.", &[(Person, "ماکسیم دورسی")]),
    ]);
}

#[test]
fn a_name_in_guillemets_before_a_title_is_a_person_without_the_guillemets() {
    check(&[(
        "سپس، «ماکسیم ولکوف» معاون وزیر ارتباطات روسیه گفت",
        &[
            (Person, "ماکسیم ولکوف"),
            (Title, "معاون وزیر ارتباطات روسیه"),
        ],
    )]);
}

#[test]
fn a_bare_surname_after_the_full_name_is_a_person() {
    check(&[(
        "مریم کاظمی به جلسه آمد. کاظمی با اشاره به مشکلات گفت: کار سخت است.",
        &[(Person, "مریم کاظمی"), (Person, "کاظمی")],
    )]);
}

#[test]
fn a_surname_opening_a_sentence_before_a_cue_is_a_speaker() {
    check(&[(
        "رحمانی تصریح کرد: برنامه ادامه دارد.",
        &[(Person, "رحمانی")],
    )]);
}

#[test]
fn adjectives_and_generic_places_are_not_locations() {
    check(&[("شرکت های ایرانی در دنیا و این کشور فعال هستند.", &[])]);
}

#[test]
fn officials_tie_a_name_to_the_title_in_apposition() {
    let cases: &[(&str, &str, &str)] = &[
        (
            "حمید سعیدی معاون وزیر ارتباطات و فناوری اطلاعات در این نشست گفت:",
            "حمید سعیدی",
            "معاون وزیر ارتباطات و فناوری اطلاعات",
        ),
        (
            "«ماکسیم ولکوف» معاون وزیر ارتباطات روسیه هم گفت:",
            "ماکسیم ولکوف",
            "معاون وزیر ارتباطات روسیه",
        ),
        (
            "سخنگوی وزارت امور خارجه، علی کاظمی، گفت:",
            "علی کاظمی",
            "سخنگوی وزارت امور خارجه",
        ),
        (
            "علی رحمانی، استاندار خراسان رضوی، افزود:",
            "علی رحمانی",
            "استاندار خراسان رضوی",
        ),
    ];
    for (text, person, title) in cases {
        let doc = EX.analyze(text, None);
        let got: Vec<(&str, &str)> = doc
            .officials
            .iter()
            .map(|o| (doc.entities[o.person].text, doc.entities[o.title].text))
            .collect();
        assert_eq!(got, [(*person, *title)], "{text}");
    }
}

#[test]
fn an_official_carries_the_organization_and_place_of_the_title() {
    let doc = EX.analyze("حمید سعیدی وزیر ارتباطات ایران گفت", None);
    let o = doc.officials[0];
    assert_eq!(o.org.map(|i| doc.entities[i].text), Some("ارتباطات ایران"));
    assert_eq!(o.loc.map(|i| doc.entities[i].text), Some("ایران"));
}

#[test]
fn spans_point_into_the_original_text_whatever_its_spelling() {
    let text = "وزير امور خارجه روسيه\u{200c}ای گفت";
    let found = EX.extract(text);
    assert_eq!(found[0].label, Title);
    assert_eq!(found[0].text, "وزير امور خارجه روسيه");
    assert_eq!(&text[found[0].start..found[0].end], found[0].text);
}

#[test]
fn user_entries_extend_the_embedded_gazetteers() {
    let ex = Extractor::builder()
        .entry(Person, ["زهره کاوه", "زهره‌ کاوه"])
        .build()
        .unwrap();
    let found = ex.extract("زهره کاوه آمد");
    assert_eq!(found[0].label, Person);
    assert_eq!(found[0].text, "زهره کاوه");
}

#[test]
fn a_state_named_as_an_actor_is_an_organization() {
    check(&[
        (
            "جمهوری اسلامی ایران این اقدام را محکوم کرد.",
            &[(Org, "جمهوری اسلامی ایران")],
        ),
        ("رژیم صهیونیستی حمله کرد.", &[(Org, "رژیم صهیونیستی")]),
    ]);
}

#[test]
fn a_place_right_after_a_listed_organization_belongs_to_it() {
    assert_eq!(
        all("نامه به سازمان ملل متحد تهران رسید"),
        [
            (Org, "سازمان ملل متحد تهران".into(), false),
            (Loc, "تهران".into(), true)
        ]
    );
}

#[test]
fn a_place_glued_into_a_compound_word_is_not_a_location() {
    check(&[
        ("این کرم برای چین‌وچروک پوست است.", &[]),
        ("سفر به چین لغو شد.", &[(Loc, "چین")]),
    ]);
}

#[test]
fn a_reporters_outlet_is_an_organization() {
    check(&[("او در گفت و گو با خبرنگار ایرنا گفت", &[(Org, "ایرنا")])]);
}

#[test]
fn a_numbered_government_or_parliament_is_an_organization() {
    check(&[
        ("دولت یازدهم بودجه را فرستاد.", &[(Org, "دولت یازدهم")]),
        ("نمایندگان مجلس دهم رای دادند.", &[(Org, "مجلس دهم")]),
    ]);
}

#[test]
fn a_weak_honorific_needs_a_name_after_it() {
    check(&[
        ("خانم باردار باید استراحت کند.", &[]),
        ("خانم مریم کاظمی سخنرانی کرد.", &[(Person, "مریم کاظمی")]),
        ("آقای کاظمی آمد.", &[(Person, "کاظمی")]),
    ]);
}

#[test]
fn a_surname_heading_a_quote_is_a_person() {
    check(&[("رحمانی: قیمت ها کاهش می یابد", &[(Person, "رحمانی")])]);
}

#[test]
fn generic_head_noun_phrases_are_not_organizations() {
    check(&[
        ("این خبر در شبکه های اجتماعی پخش شد.", &[]),
        ("اعضای هیات علمی اعتراض کردند.", &[]),
        ("این سازمان مسئول است.", &[]),
    ]);
}

#[test]
fn dates_amounts_and_percentages_come_with_the_other_entities() {
    check(&[(
        "وزیر نفت در فروردین سال 96 گفت صادرات 12 درصد و 3 میلیون دلار افزایش یافت.",
        &[
            (Title, "وزیر نفت"),
            (Label::Date, "فروردین سال 96"),
            (Label::Percent, "12 درصد"),
            (Label::Money, "3 میلیون دلار"),
        ],
    )]);
}

#[test]
fn a_month_name_in_a_date_is_not_an_organization_or_a_name() {
    check(&[(
        "خبرگزاری مهر در 15 مهر گزارش داد.",
        &[(Org, "خبرگزاری مهر"), (Label::Date, "15 مهر")],
    )]);
}

#[test]
fn the_readme_example_holds() {
    let text = "«آنا کوواچ» معاون وزیر بهداشت مجارستان در فروردین سال 96 گفت";
    let doc = Extractor::default().analyze(text, None);
    let flat: Vec<(Label, &str)> = doc
        .entities
        .iter()
        .filter(|e| !e.nested)
        .map(|e| (e.label, e.text))
        .collect();
    assert_eq!(
        flat,
        [
            (Person, "آنا کوواچ"),
            (Title, "معاون وزیر بهداشت مجارستان"),
            (Label::Date, "فروردین سال 96"),
        ]
    );
    let o = doc.officials[0];
    assert_eq!(doc.entities[o.person].text, "آنا کوواچ");
    assert_eq!(o.org.map(|i| doc.entities[i].text), Some("بهداشت مجارستان"));
    assert_eq!(o.loc.map(|i| doc.entities[i].text), Some("مجارستان"));
}

#[test]
fn the_subject_of_a_verb_of_saying_opening_a_sentence_is_a_person() {
    check(&[
        (
            "باوئرمان در پایان نشست خبری گفت: تیم آماده است.",
            &[(Person, "باوئرمان")],
        ),
        ("وی در پایان گفت: تیم آماده است.", &[]),
    ]);
}

#[test]
fn revered_names_keep_their_blessing() {
    check(&[(
        "زائران امام حسین (ع) به کربلا رفتند.",
        &[(Person, "امام حسین (ع)"), (Loc, "کربلا")],
    )]);
}

#[test]
fn a_role_before_a_department_names_it_with_its_place() {
    assert_eq!(
        all("مدیرکل میراث فرهنگی استان فارس گفت"),
        [
            (Title, "مدیرکل میراث فرهنگی استان فارس".into(), false),
            (Org, "میراث فرهنگی استان فارس".into(), true),
            (Loc, "استان فارس".into(), true),
        ]
    );
}

#[test]
fn a_role_before_a_state_department_names_it_with_its_place() {
    assert_eq!(
        all("مدیرکل هواشناسی استان گیلان از بارش باران خبر داد"),
        [
            (Title, "مدیرکل هواشناسی استان گیلان".into(), false),
            (Org, "هواشناسی استان گیلان".into(), true),
            (Loc, "استان گیلان".into(), true),
        ]
    );
    assert_eq!(
        all("رئیس انتقال خون تهران گفت"),
        [
            (Title, "رئیس انتقال خون تهران".into(), false),
            (Org, "انتقال خون تهران".into(), true),
            (Loc, "تهران".into(), true),
        ]
    );
    // A one-word department without its place names no organization.
    assert_eq!(all("مدیرکل هواشناسی گفت باران می بارد"), []);
}

#[test]
fn a_famous_name_that_is_also_a_word_needs_a_title_or_cue() {
    let ex = Extractor::builder()
        .gazetteer("person_known_ambiguous_test.txt", "اسد\n")
        .build()
        .unwrap();
    let labels = |text: &str| -> Vec<(Label, String)> {
        ex.extract(text)
            .into_iter()
            .map(|e| (e.label, e.text.to_owned()))
            .collect()
    };
    assert_eq!(
        labels("اسد گفت: جنگ تمام شد."),
        [(Person, "اسد".to_owned())]
    );
    assert_eq!(labels("شیر را اسد هم می نامند."), []);
}

#[test]
fn an_extractor_is_shared_across_threads() {
    fn send_sync<T: Send + Sync + Clone>() {}
    send_sync::<Extractor>();
    let ex = Extractor::default();
    let handles: Vec<_> = (0..2)
        .map(|_| {
            let ex = ex.clone();
            std::thread::spawn(move || ex.extract("سفیر ایران در روسیه").len())
        })
        .collect();
    for h in handles {
        assert_eq!(h.join().unwrap(), 3);
    }
}

#[cfg(all(feature = "serde", feature = "cli"))]
#[test]
fn a_document_serializes_with_its_officials() {
    let doc = EX.analyze("علی رحمانی، استاندار خراسان رضوی، افزود", None);
    let json = serde_json::to_value(&doc).unwrap();
    assert_eq!(json["entities"][0]["label"], "PERSON");
    assert_eq!(json["entities"][0]["text"], "علی رحمانی");
    assert_eq!(json["officials"][0]["person"], 0);
    assert_eq!(json["officials"][0]["title"], 1);
}

#[test]
fn names_listed_with_a_person_are_persons() {
    check(&[(
        "در این دیدار علی رحمانی ، حمید کاوش و مریم نیک ، اعضای شورا ، حضور داشتند.",
        &[
            (Person, "علی رحمانی"),
            (Person, "حمید کاوش"),
            (Person, "مریم نیک"),
        ],
    )]);
}

#[test]
fn in_a_list_of_names_unknown_and_ambiguous_names_are_persons() {
    check(&[(
        "ترکیب تیم : علی رحمانی ، هرایر مگویان ، امید نورافکن و حمید کاوش .",
        &[
            (Person, "علی رحمانی"),
            (Person, "هرایر مگویان"),
            (Person, "امید نورافکن"),
            (Person, "حمید کاوش"),
        ],
    )]);
    // Outside a list of names the ambiguous given name stays a word.
    check(&[("امید نورافکن کم شد .", &[])]);
}

#[test]
fn a_word_with_a_surname_ending_written_apart_is_a_surname() {
    check(&[
        // A given name, then زاده: the surname, subject of a verb of saying.
        (
            "حمید زاده با اشاره به این طرح گفت که کار ادامه دارد.",
            &[(Person, "حمید زاده")],
        ),
        (
            "علی پور تصریح کرد که کار ادامه دارد.",
            &[(Person, "علی پور")],
        ),
        // The clitic ای is no surname ending here.
        ("خانه ای ساخته شد.", &[]),
    ]);
}

#[test]
fn an_unknown_word_opening_a_sentence_before_a_quotes_frame_is_a_speaker() {
    check(&[
        (
            "بنکدار با اشاره به اینکه بازار آرام است ، افزود : قیمت ها ثابت ماند .",
            &[(Person, "بنکدار")],
        ),
        (
            "رزاز در پاسخ به سوال دیگری گفت که کار ادامه دارد .",
            &[(Person, "رزاز")],
        ),
        // نیز and همچنین follow any subject.
        ("مسئولان نیز به این موضوع اشاره کردند .", &[]),
    ]);
}

#[test]
fn haj_inside_a_name_opens_the_surname() {
    check(&[
        ("علی حاج کاظمی به جلسه آمد.", &[(Person, "علی حاج کاظمی")]),
        // Glued with a ZWNJ it is the surname's first half.
        (
            "علی حاجی\u{200c}زاده به جلسه آمد.",
            &[(Person, "علی حاجی\u{200c}زاده")],
        ),
    ]);
}

#[test]
fn a_place_or_demonym_after_a_given_name_is_a_surname() {
    check(&[
        ("علی تهرانی به جلسه آمد.", &[(Person, "علی تهرانی")]),
        ("حمید ایرانی به جلسه آمد.", &[(Person, "حمید ایرانی")]),
    ]);
}

#[test]
fn two_given_names_and_a_detached_ending_make_a_full_name() {
    check(&[(
        "در این جلسه حمید علی زاده حضور داشت.",
        &[(Person, "حمید علی زاده")],
    )]);
}

#[test]
fn a_given_name_and_a_word_before_a_role_are_a_person() {
    check(&[("مریم رستگار شهردار منطقه گفت", &[(Person, "مریم رستگار")])]);
}

#[test]
fn a_listed_title_reports_the_organization_inside_it() {
    assert_eq!(
        all("رئیس قوه قضاییه گفت"),
        [
            (Title, "رئیس قوه قضاییه".into(), false),
            (Org, "قوه قضاییه".into(), true)
        ]
    );
}

#[test]
fn any_name_after_a_county_or_village_word_is_a_place() {
    check(&[(
        "او در روستای کاهکش و شهرستان سامان زندگی می کند.",
        &[(Loc, "روستای کاهکش"), (Loc, "شهرستان سامان")],
    )]);
}

#[test]
fn a_government_named_after_its_head_or_time_is_an_organization() {
    check(&[
        ("دولت روحانی لایحه را فرستاد.", &[(Org, "دولت روحانی")]),
        (
            "دولت آینده آمریکا تصمیم می گیرد.",
            &[(Org, "دولت آینده آمریکا")],
        ),
        ("دولت الکترونیک گسترش می یابد.", &[]),
    ]);
}

#[test]
fn a_compound_or_quoted_term_opening_a_sentence_is_not_a_speaker() {
    check(&[
        ("سخنرانی نویس این نامزد بعدا گفت که اشتباه شد.", &[]),
        ("او از « عملگرایی » پادشاه سخن گفت.", &[(Title, "پادشاه")]),
    ]);
}

#[test]
fn a_branch_of_a_listed_organization_takes_its_place() {
    check(&[(
        "دانشگاه آزاد اسلامی واحد کرمان اعلام کرد",
        &[(Org, "دانشگاه آزاد اسلامی واحد کرمان")],
    )]);
}

#[test]
fn a_listed_full_name_after_an_honorific_is_taken_whole() {
    // «مقدم» has no surname shape: without the entry the name stops after «رستمی».
    let listed = Extractor::builder()
        .gazetteer("person_known_test.txt", "بهرام رستمی مقدم\n")
        .build()
        .unwrap();
    let persons = |ex: &Extractor, text: &str| -> Vec<String> {
        ex.extract(text)
            .into_iter()
            .filter(|e| e.label == Person)
            .map(|e| e.text.to_owned())
            .collect()
    };
    let cases = [
        ("آقای بهرام رستمی مقدم به شهر آمد.", "بهرام رستمی مقدم"),
        (
            "دکتر بهرام رستمی مقدم گفت که کار ادامه دارد.",
            "بهرام رستمی مقدم",
        ),
        ("سردار بهرام رستمی مقدم در مراسم بود.", "بهرام رستمی مقدم"),
        (
            "حجت‌الاسلام والمسلمین بهرام رستمی مقدم سخنرانی کرد.",
            "بهرام رستمی مقدم",
        ),
    ];
    for (text, name) in cases {
        assert_eq!(persons(&listed, text), [name], "{text}");
    }
    assert_eq!(
        persons(&EX, "آقای بهرام رستمی مقدم به شهر آمد."),
        ["بهرام رستمی"]
    );
}

#[test]
fn a_listed_surname_standing_alone_is_a_person() {
    check(&[
        (
            "نامه رحمانی به مجلس شورای اسلامی رسید.",
            &[(Person, "رحمانی"), (Org, "مجلس شورای اسلامی")],
        ),
        (
            "حمایت از صالحی امیری ادامه دارد.",
            &[(Person, "صالحی امیری")],
        ),
        ("دیدار میر کریمی با هنرمندان", &[(Person, "میر کریمی")]),
        (
            "کتاب علامه طباطبایی (ره) چاپ شد.",
            &[(Person, "طباطبایی (ره)")],
        ),
    ]);
}

#[test]
fn a_surname_that_is_also_a_word_or_a_demonym_needs_a_given_name() {
    check(&[
        ("این فرش نوری خاص دارد.", &[]),
        ("علی نوری به جلسه آمد.", &[(Person, "علی نوری")]),
        ("مسافران تهرانی به سفر رفتند.", &[]),
        ("دکتر بازرگان در جلسه بود.", &[(Person, "بازرگان")]),
    ]);
}

#[test]
fn given_names_written_in_parts_open_a_name() {
    check(&[
        ("سیدمحمد رحمانی به جلسه آمد.", &[(Person, "سیدمحمد رحمانی")]),
        ("روح اله کاظمی در جلسه بود.", &[(Person, "روح اله کاظمی")]),
        (
            "عبدالغفور رحمانی در جلسه بود.",
            &[(Person, "عبدالغفور رحمانی")],
        ),
    ]);
}

#[test]
fn an_unlisted_word_between_a_given_name_and_a_listed_surname_joins_the_name() {
    check(&[(
        "حمید مهاجر شجاعی به تیم پیوست.",
        &[(Person, "حمید مهاجر شجاعی")],
    )]);
}

#[test]
fn the_subject_after_a_report_source_is_a_speaker() {
    check(&[
        (
            "به گزارش ایرنا، حمید خباز روز دوشنبه در جلسه شورا گفت: کار ادامه دارد.",
            &[
                (Org, "ایرنا"),
                (Person, "حمید خباز"),
                (Label::Date, "روز دوشنبه"),
            ],
        ),
        (
            "به گزارش ایرنا ، رحمانی با بیان اینکه کار ادامه دارد ، افزود : جلسه تمام شد .",
            &[(Org, "ایرنا"), (Person, "رحمانی")],
        ),
    ]);
}

#[test]
fn two_unlisted_words_opening_a_sentence_before_a_verb_of_saying_are_a_speaker() {
    check(&[
        (
            "جبین شناس ادامه داد: کار تمام نشده است.",
            &[(Person, "جبین شناس")],
        ),
        ("آن روز گذشت و همه رفتند.", &[]),
    ]);
}

#[test]
fn surnames_listed_with_a_person_are_persons() {
    check(&[(
        "هنرمندانی چون حمید رحمانی ، کاوشگرزاده و امیرپور حضور داشتند.",
        &[
            (Person, "حمید رحمانی"),
            (Person, "کاوشگرزاده"),
            (Person, "امیرپور"),
        ],
    )]);
}

#[test]
fn an_unlisted_word_after_a_given_name_is_a_surname_where_a_name_can_end() {
    check(&[
        (
            "حمید خباز روز دوشنبه به شهر آمد.",
            &[(Person, "حمید خباز"), (Label::Date, "روز دوشنبه")],
        ),
        ("نامه حمید خباز ، به دست ما رسید.", &[(Person, "حمید خباز")]),
        // A verb, the end of the sentence or more words of a noun phrase: not a surname.
        ("با حمید رفتم و برگشتم.", &[]),
        ("کتاب را به حمید دادند.", &[]),
        ("علی رغم مشکلات کار ادامه یافت.", &[]),
    ]);
}

#[test]
fn a_head_with_only_generic_words_or_a_verb_after_it_is_not_an_organization() {
    check(&[
        ("نامه به شرکت مربوطه ارسال شد.", &[]),
        ("نمایندگان حزب حاکم رای دادند.", &[]),
        ("مسئولیت آن با خود دانشگاه نبوده است.", &[]),
        ("باید در کنکور شرکت کنم.", &[]),
    ]);
}

#[test]
fn a_desk_or_board_of_a_listed_organization_is_the_organization() {
    check(&[
        (
            "اعضای هیئت علمی دانشگاه تهران نامه نوشتند.",
            &[(Org, "دانشگاه تهران")],
        ),
        (
            "به گزارش خبرنگار گروه استان های خبرگزاری فارس ، جلسه برگزار شد.",
            &[(Org, "خبرگزاری فارس")],
        ),
    ]);
}

#[test]
fn a_makers_name_before_a_model_is_a_product_not_an_organization() {
    check(&[
        ("قیمت پژو 206 کاهش یافت.", &[]),
        ("یک دستگاه تویوتا وارد شد.", &[]),
        ("بوئینگ اعلام کرد که تحویل ادامه دارد.", &[(Org, "بوئینگ")]),
    ]);
}

#[test]
fn a_name_inside_a_web_address_is_not_an_organization() {
    check(&[("اخبار را در www.irna.ir بخوانید.", &[])]);
}

#[test]
fn a_chamber_or_council_is_an_organization_with_its_country_or_city() {
    check(&[
        ("پارلمان عراق قانون را تصویب کرد.", &[(Org, "پارلمان عراق")]),
        (
            "سنای آمریکا تحریم ها را تمدید کرد.",
            &[(Org, "سنای آمریکا")],
        ),
        (
            "اعضای شورای شهر رشت جلسه داشتند.",
            &[(Org, "شورای شهر رشت")],
        ),
        ("اعضای شورای شهر جلسه داشتند.", &[]),
        ("او در کنگره بین المللی پزشکی سخنرانی کرد.", &[]),
    ]);
}

#[test]
fn a_unit_named_after_a_revered_figure_keeps_the_name() {
    check(&[
        (
            "سپاه حضرت محمد رسول‌الله (ص) اعلام کرد.",
            &[(Org, "سپاه حضرت محمد رسول‌الله (ص)")],
        ),
        (
            "حزب کارگران حدود نیمی از آرا را برد.",
            &[(Org, "حزب کارگران")],
        ),
    ]);
}

#[test]
fn a_place_followed_by_the_country_or_province_it_lies_in_is_one_place() {
    check(&[
        (
            "او در استانبول ترکیه زندگی می کند.",
            &[(Loc, "استانبول ترکیه")],
        ),
        (
            "سیل به گمیشان استان گلستان رسید.",
            &[(Loc, "گمیشان استان گلستان")],
        ),
        (
            "ایران عربستان : دیدار دو تیم",
            &[(Loc, "ایران"), (Loc, "عربستان")],
        ),
    ]);
}

#[test]
fn a_border_before_a_country_is_the_country_and_before_a_town_a_crossing() {
    check(&[
        ("زائران از مرز عراق گذشتند.", &[(Loc, "عراق")]),
        ("زائران از مرز مهران گذشتند.", &[(Loc, "مرز مهران")]),
    ]);
}

#[test]
fn a_facility_word_before_a_verb_is_not_a_place_and_a_named_hospital_is_one() {
    check(&[
        ("بازیکنان به میدان بیایند.", &[]),
        ("او را به زندان انداختند.", &[]),
        (
            "بیمارستان امام رضا بیماران را پذیرفت.",
            &[(Loc, "بیمارستان امام رضا")],
        ),
    ]);
}

#[test]
fn a_place_named_after_a_revered_figure_is_a_place() {
    check(&[
        (
            "زائران در حرم امام رضا (ع) جمع شدند.",
            &[(Loc, "حرم امام رضا (ع)")],
        ),
        (
            "مراسم در حسینیه حضرت زهرا (س) برگزار شد.",
            &[(Loc, "حسینیه حضرت زهرا (س)")],
        ),
        ("مدافعان حرم تجلیل شدند.", &[]),
    ]);
}

#[test]
fn a_later_mention_is_not_taken_where_the_word_is_a_verb() {
    check(&[(
        "فرهاد ادامه به جلسه آمد. او ادامه داد: کار تمام است.",
        &[(Person, "فرهاد ادامه")],
    )]);
}

#[test]
fn a_faculty_hospital_or_broadcast_word_does_not_open_an_organization_by_itself() {
    check(&[
        (
            "این برنامه در بخش سینما و تلویزیون سینمای ایران آمد.",
            &[(Loc, "ایران")],
        ),
        ("بیمار به بیمارستان نزدیک رفت.", &[]),
        ("کانون توجه رسانه‌های تهران تغییر کرد.", &[(Loc, "تهران")]),
        ("هیئت بازرسی دولت از تهران آمد.", &[(Loc, "تهران")]),
    ]);
}

#[test]
fn a_team_exchange_or_seat_known_only_by_its_place_is_that_place() {
    check(&[
        ("بازیکنان تیم ایران به میدان آمدند.", &[(Loc, "ایران")]),
        ("شاخص بورس استانبول بالا رفت.", &[(Loc, "استانبول")]),
        ("شاخص بورس تهران بالا رفت.", &[(Loc, "تهران")]),
        (
            "مشهد مرکز استان خراسان رضوی است.",
            &[(Loc, "مشهد"), (Loc, "استان خراسان رضوی")],
        ),
        (
            "تیم ملی فوتبال ایران برد.",
            &[(Org, "تیم ملی فوتبال ایران")],
        ),
    ]);
}

#[test]
fn the_head_of_a_committee_or_team_nests_the_whole_body() {
    check(&[
        (
            "رئیس کمیسیون عمران مجلس گفت",
            &[(Title, "رئیس کمیسیون عمران مجلس")],
        ),
        (
            "رئیس ستاد کل نیروهای مسلح گفت",
            &[(Title, "رئیس ستاد کل نیروهای مسلح")],
        ),
        (
            "سرپرست تیم تراکتورسازی گفت",
            &[(Title, "سرپرست تیم تراکتورسازی")],
        ),
    ]);
    assert!(all("سرپرست تیم تراکتورسازی گفت").contains(&(Org, "تیم تراکتورسازی".into(), true)));
    assert!(all("رئیس کمیسیون عمران مجلس گفت").contains(&(Org, "کمیسیون عمران مجلس".into(), true)));
}

#[test]
fn an_organization_keeps_its_parliament_number_blessing_and_province() {
    check(&[
        (
            "گزارش کمیسیون فرهنگی مجلس شورای اسلامی منتشر شد.",
            &[(Org, "کمیسیون فرهنگی مجلس شورای اسلامی")],
        ),
        (
            "اعضای مجلس دهم شورای اسلامی رای دادند.",
            &[(Org, "مجلس دهم شورای اسلامی")],
        ),
        (
            "جلسه بنیاد فرهنگی امام رضا (ع) برگزار شد.",
            &[(Org, "بنیاد فرهنگی امام رضا (ع)")],
        ),
        ("سپاه استان با این طرح موافق است.", &[(Org, "سپاه استان")]),
        (
            "سپاه استان تهران با این طرح موافق است.",
            &[(Org, "سپاه استان تهران")],
        ),
    ]);
}

#[test]
fn a_desk_or_caucus_before_a_listed_organization_is_not_part_of_it() {
    check(&[
        (
            "به گزارش حوزه دولت خبرگزاری فارس ، جلسه برگزار شد.",
            &[(Org, "خبرگزاری فارس")],
        ),
        (
            "فراکسیون مستقلین مجلس شورای اسلامی تشکیل جلسه داد.",
            &[(Org, "مجلس شورای اسلامی")],
        ),
    ]);
}

#[test]
fn a_head_noun_phrase_with_nothing_named_in_it_stays_short() {
    check(&[
        (
            "کمیته مخابرات و نظارت رادیویی تشکیل شد.",
            &[(Org, "کمیته مخابرات و نظارت رادیویی")],
        ),
        ("کمیته پیگیری پرونده بازیکن جوان را بررسی کرد.", &[]),
        ("بخشی از بودجه دانشگاه اختصاص به فرهنگ دارد.", &[]),
        ("سازمان دهی سفر زائران ادامه دارد.", &[]),
        ("دانشگاه تهران میزبان شد.", &[(Org, "دانشگاه تهران")]),
    ]);
}

#[test]
fn a_county_or_village_word_needs_a_name_after_it() {
    check(&[
        ("در شهرستان و روستاهای اطراف باران بارید.", &[]),
        ("این شهرستان کوچک آرام است.", &[]),
        // The noun of a negated verb, the first half of a compound.
        ("قطعی برق در مناطق شهرستان صورت نگرفته است.", &[]),
        ("برنامه ها در شهرستان سیاست گذاری می شود.", &[]),
        ("شهرستان سامان آرام است.", &[(Loc, "شهرستان سامان")]),
        (
            "نیروها به شهرستان عین التمر رسیدند.",
            &[(Loc, "شهرستان عین التمر")],
        ),
        ("زائران به مشهد مقدس رفتند.", &[(Loc, "مشهد")]),
    ]);
}

#[test]
fn a_city_named_like_its_club_is_the_club_in_football_news() {
    let ex = Extractor::builder()
        .gazetteer("loc_test_cities.txt", "میلان\n")
        .gazetteer("rule_club_cities.txt", "میلان\n")
        .build()
        .unwrap();
    let labels = |text: &str| -> Vec<(Label, String)> {
        ex.extract(text)
            .into_iter()
            .map(|e| (e.label, e.text.to_owned()))
            .collect()
    };
    assert_eq!(
        labels("مهاجم جوان دو گل برای میلان به ثمر رساند."),
        [(Org, "میلان".to_owned())]
    );
    assert_eq!(
        labels("هفته مد در میلان آغاز شد."),
        [(Loc, "میلان".to_owned())]
    );
    assert_eq!(
        labels("بازیکنان تیم در شهر میلان تمرین کردند."),
        [(Loc, "شهر میلان".to_owned())]
    );
}

#[test]
fn a_technology_park_is_named_by_its_place() {
    check(&[
        (
            "شرکت ها در پارک علم و فناوری تهران مستقر شدند.",
            &[(Org, "پارک علم و فناوری تهران")],
        ),
        ("این پارک علم و فناوری بزرگ است.", &[]),
    ]);
}

#[test]
fn the_foreign_ministry_glued_is_still_a_ministry() {
    check(&[(
        "وزارت امورخارجه روسیه بیانیه داد.",
        &[(Org, "وزارت امورخارجه روسیه")],
    )]);
}

#[test]
fn a_surname_that_is_also_a_noun_is_the_noun_when_counted_or_pointed() {
    check(&[
        ("رهبری انقلاب به دست یک روحانی رخ داد.", &[]),
        ("این روحانی در جمع مردم سخنرانی کرد.", &[]),
        ("هزار روحانی به عراق اعزام شدند.", &[(Loc, "عراق")]),
        ("حمایت از روحانی ادامه دارد.", &[(Person, "روحانی")]),
    ]);
}

#[test]
fn a_word_in_ezafe_after_a_given_name_is_no_surname() {
    check(&[("ناظران بر حسن اجرای این قانون تاکید کردند.", &[])]);
}

#[test]
fn a_compass_adjective_after_a_place_names_its_part() {
    check(&[
        ("سیل به مسکو شمالی رسید.", &[(Loc, "مسکو شمالی")]),
        (
            "او در شهرستان سامان شرقی زندگی می کند.",
            &[(Loc, "شهرستان سامان شرقی")],
        ),
    ]);
}

#[test]
fn a_counted_or_pointed_place_word_is_a_common_noun() {
    check(&[
        // The country word joins the country's name …
        ("هیئتی از کشور روسیه آمد.", &[(Loc, "کشور روسیه")]),
        // … but not when it is counted: the countries stand alone.
        (
            "وزیران شش کشور روسیه ، چین و ترکیه دیدار کردند.",
            &[(Loc, "روسیه"), (Loc, "چین"), (Loc, "ترکیه")],
        ),
        ("بیشتر کارخانه های این شهرستان سیستم تصفیه ندارند.", &[]),
        ("او یک شهرستان آرام را برگزید.", &[]),
        // Before a name the village word takes its ezafe: bare روستا is no head.
        ("سه نفر از اهالی روستا زخمی شدند.", &[]),
    ]);
}

#[test]
fn the_bare_word_for_parliament_is_no_organization_but_its_names_are() {
    check(&[
        ("نمایندگان مجلس با این طرح مخالفت کردند.", &[]),
        ("دولت و مجلس به توافق رسیدند.", &[]),
        (
            "مجلس شورای اسلامی طرح را تصویب کرد.",
            &[(Org, "مجلس شورای اسلامی")],
        ),
        ("مجلس دهم کار خود را آغاز کرد.", &[(Org, "مجلس دهم")]),
    ]);
}

#[test]
fn common_words_that_are_also_rare_names_need_a_cue() {
    check(&[
        ("دولت یک سلسله اقدامات را آغاز کرد.", &[]),
        ("سهام داران شرکت راضی بودند.", &[]),
        ("او به خود متکی است.", &[]),
        ("این رویداد در بقاع متبرکه برگزار شد.", &[]),
        ("آب پرتقال و شیر سویا در بازار گران شد.", &[]),
        ("علی رغم مخالفت ها طرح تصویب شد.", &[]),
    ]);
}

#[test]
fn a_clerics_honorific_written_apart_and_an_epithet_are_not_names() {
    check(&[
        (
            "حجت‌الاسلام وال مسلمین احمد مبلغی سخنرانی کرد.",
            &[(Person, "احمد مبلغی")],
        ),
        ("راه امام راحل ادامه دارد.", &[]),
    ]);
}

#[test]
fn a_head_noun_before_a_quoted_name_takes_the_quotes() {
    check(&[
        (
            "به گزارش روزنامه « لوموند » ، جلسه برگزار شد.",
            &[(Org, "روزنامه « لوموند »")],
        ),
        ("آیین نامه داخلی مجلس « قانون » است.", &[]),
    ]);
}

#[test]
fn a_departments_portfolio_keeps_its_commas() {
    check(&[
        (
            "مدیرکل میراث فرهنگی، صنایع دستی و گردشگری استان فارس گفت",
            &[(
                Title,
                "مدیرکل میراث فرهنگی، صنایع دستی و گردشگری استان فارس",
            )],
        ),
        (
            "اداره کل میراث فرهنگی، صنایع دستی و گردشگری استان فارس اعلام کرد",
            &[(
                Org,
                "اداره کل میراث فرهنگی، صنایع دستی و گردشگری استان فارس",
            )],
        ),
    ]);
}

#[test]
fn an_organization_name_ends_where_the_predicate_begins() {
    check(&[
        (
            "بنیاد برکت تاکنون صد مدرسه ساخته است.",
            &[(Org, "بنیاد برکت")],
        ),
        ("کارگروه ویژه برگزار و تصمیم گرفته شد.", &[]),
        ("کمیسیون مشترک اقتصادی تشکیل شد.", &[]),
    ]);
}

#[test]
fn a_car_brand_naming_the_car_or_a_described_body_needs_a_cue() {
    check(&[
        ("قیمت پژو در بازار بالا رفت.", &[]),
        ("شرکت پژو قرارداد امضا کرد.", &[(Org, "شرکت پژو")]),
        ("دستگاه قضا باید با فساد مبارزه کند.", &[]),
    ]);
}

#[test]
fn a_plenipotentiary_ambassador_is_one_title() {
    check(&[(
        "سفیر تام الاختیار ایران در روسیه گفت",
        &[(Title, "سفیر تام الاختیار ایران در روسیه")],
    )]);
}

#[test]
fn nested_parts_of_one_label_never_overlap() {
    assert_eq!(
        all("رئیس جمهوری ترکیه گفت"),
        [
            (Title, "رئیس جمهوری ترکیه".into(), false),
            (Loc, "ترکیه".into(), true),
        ]
    );
    assert_eq!(
        all("وزیر خارجه فرانسه گفت"),
        [
            (Title, "وزیر خارجه فرانسه".into(), false),
            (Org, "خارجه فرانسه".into(), true),
            (Loc, "فرانسه".into(), true),
        ]
    );
}

#[test]
fn a_counted_or_indefinite_head_is_a_common_noun() {
    check(&[
        ("یک حزب جدید در این شهر تشکیل شد .", &[]),
        ("چند شرکت خصوصی قرارداد بستند .", &[]),
        ("دو حزب فراگیر در کشور فعالیت می کنند .", &[]),
        ("12 باشگاه حرفه ای اعتراض کردند .", &[]),
        (
            "یک کمیته مجلس نمایندگان آمریکا گزارش داد .",
            &[(Org, "مجلس نمایندگان آمریکا")],
        ),
        (
            "در شعبه 12 دادگاه انقلاب تهران محاکمه شد .",
            &[(Org, "دادگاه انقلاب تهران")],
        ),
    ]);
}

#[test]
fn a_plural_ending_after_the_last_word_makes_a_common_noun() {
    check(&[("انجمن دانش آموختگان دانشگاه ها جلسه گذاشتند .", &[])]);
}

#[test]
fn a_bare_parliament_running_into_a_listed_body_leaves_the_body_alone() {
    check(&[
        (
            "مجلس گزارش وزارت امور خارجه را رد کرد .",
            &[(Org, "وزارت امور خارجه")],
        ),
        (
            "طبق مصوبه مجلس وزارت امور خارجه باید گزارش بدهد .",
            &[(Org, "وزارت امور خارجه")],
        ),
        ("نمایندگان مجلس دوما ، رای دادند .", &[(Org, "مجلس دوما")]),
    ]);
}

#[test]
fn a_head_with_only_a_descriptive_adjective_is_not_an_organization() {
    check(&[
        ("این طرح با همکاری پژوهشکده برگزیده اجرا شد .", &[]),
        ("فهرست شرکت مجاز اعلام شد .", &[]),
        ("پیش از این در موسسه مشخص نبود .", &[]),
    ]);
}

#[test]
fn a_desk_word_before_a_news_agency_is_not_an_organization() {
    check(&[(
        "به گزارش گروه دانشگاه خبرگزاری فارس ، جلسه برگزار شد .",
        &[(Org, "خبرگزاری فارس")],
    )]);
}

#[test]
fn a_company_name_after_a_given_name_is_not_the_company() {
    let orgs = |text: &str| -> Vec<String> {
        all(text)
            .into_iter()
            .filter(|(l, _, _)| *l == Org)
            .map(|(_, s, _)| s)
            .collect()
    };
    assert_eq!(
        orgs("ماکسیم فورد در این فیلم بازی کرد ."),
        Vec::<String>::new()
    );
    assert_eq!(orgs("شرکت فورد خودروی تازه ای ساخت ."), vec!["شرکت فورد"]);
}

#[test]
fn a_desk_before_a_listed_outlet_leaves_the_outlet_alone() {
    check(&[(
        "به گزارش حوزه رادیو گروه فرهنگی خبرگزاری فارس ، جلسه برگزار شد .",
        &[(Org, "خبرگزاری فارس")],
    )]);
}

#[test]
fn a_plural_after_a_source_cue_is_no_outlet() {
    check(&[("به نقل از رسانه های محلی ، آتش مهار شد .", &[])]);
}

#[test]
fn a_verbal_noun_in_a_name_keeps_its_preposition_and_object() {
    check(&[
        (
            "جلسه کمیسیون پیشگیری و مقابله با جرم برگزار شد .",
            &[(Org, "کمیسیون پیشگیری و مقابله با جرم")],
        ),
        (
            "دبیر شورای هماهنگی مبارزه با مواد مخدر استان تهران گفت .",
            &[(Title, "دبیر شورای هماهنگی مبارزه با مواد مخدر استان تهران")],
        ),
    ]);
}

#[test]
fn a_bare_capital_after_an_organization_names_its_branch() {
    check(&[(
        "طرح تازه پلیس راهور پایتخت ، اجرا شد .",
        &[(Org, "پلیس راهور پایتخت")],
    )]);
}

#[test]
fn a_press_office_is_part_of_its_organization_except_as_a_reporting_source() {
    check(&[
        (
            "اطلاعیه روابط عمومی شورای نگهبان منتشر شد .",
            &[(Org, "روابط عمومی شورای نگهبان")],
        ),
        (
            "به گزارش روابط عمومی وزارت امور خارجه ، نشست برگزار شد .",
            &[(Org, "وزارت امور خارجه")],
        ),
    ]);
}

#[test]
fn a_militant_groups_kind_stays_in_its_name_but_a_desk_does_not() {
    check(&[
        (
            "اعضای گروه تروریستی بوکوحرام دستگیر شدند .",
            &[(Org, "گروه تروریستی بوکوحرام")],
        ),
        (
            "گروهک تکفیری جبهه النصره مسئولیت را پذیرفت .",
            &[(Org, "گروهک تکفیری جبهه النصره")],
        ),
        (
            "به گزارش خبرنگار گروه اقتصادی خبرگزاری فارس ، بازار آرام بود .",
            &[(Org, "خبرگزاری فارس")],
        ),
        ("یک گروه تروریستی مسئولیت را پذیرفت .", &[]),
    ]);
}

#[test]
fn a_name_stops_before_an_adverb_and_before_the_noun_of_a_negated_or_inflected_verb() {
    check(&[
        (
            "گزارش شورای رقابت همواره منتشر می شود .",
            &[(Org, "شورای رقابت")],
        ),
        ("در جامعه نگاه مثبتی نسبت به حزب وجود ندارد .", &[]),
        ("برای عقد قرارداد به باشگاه فراخوانده شدم .", &[]),
    ]);
}

#[test]
fn coordinated_ordinals_and_a_foreign_ministrys_two_portfolios_are_one_organization() {
    check(&[
        (
            "اعضای دولت نهم و دهم حضور داشتند .",
            &[(Org, "دولت نهم و دهم")],
        ),
        (
            "وزارت صنعت و انرژی قطر اعلام کرد .",
            &[(Org, "وزارت صنعت و انرژی قطر")],
        ),
        (
            "با مسئولان وزارت نیرو و نفت گفتگو شد .",
            &[(Org, "وزارت نیرو")],
        ),
    ]);
}

#[test]
fn a_name_stops_before_a_question_word_and_the_noun_of_a_compound_verb_with_padhiroftan() {
    check(&[
        ("معلوم نیست کمیسیون کجا جلسه بدهد .", &[]),
        (
            "این تغییر با نظر کمیته انضباطی صورت پذیرفت .",
            &[(Org, "کمیته انضباطی")],
        ),
    ]);
}

#[test]
fn a_refinery_is_a_place_and_its_company_an_organization() {
    check(&[
        (
            "با بهره برداری از پالایشگاه آبادان تولید افزایش یافت .",
            &[(Loc, "پالایشگاه آبادان")],
        ),
        (
            "سهام شرکت پالایش نفت آبادان گران شد .",
            &[(Org, "شرکت پالایش نفت آبادان")],
        ),
    ]);
}

#[test]
fn a_body_named_after_an_article_of_law_keeps_the_article_number() {
    check(&[
        (
            "پرونده به کمیسیون ماده 100 شهرداری ارجاع شد .",
            &[(Org, "کمیسیون ماده 100 شهرداری")],
        ),
        ("کمیسیون اصل 90 گزارش داد .", &[(Org, "کمیسیون اصل 90")]),
    ]);
}

#[test]
fn a_head_with_a_modifier_of_several_words_is_still_a_kind() {
    check(&[
        ("او موفق شد تیم ملی این کشور را شکست بدهد .", &[]),
        ("از قضا شرکت مورد نظر تماس گرفت .", &[]),
        ("مجوز شرکت صاحب صلاحیت صادر شد .", &[]),
    ]);
}

#[test]
fn the_republic_in_a_presidents_title_is_not_part_of_the_country() {
    // رئیس جمهوری is the title: the place is the country alone.
    assert_eq!(
        all("رئیس جمهوری ترکیه به کشورش بازگشت."),
        [
            (Title, "رئیس جمهوری ترکیه".into(), false),
            (Loc, "ترکیه".into(), true),
        ]
    );
    // After another role, جمهوری starts the country's official name.
    assert_eq!(
        all("سفیر جمهوری ترکیه در تهران گفت."),
        [
            (Title, "سفیر جمهوری ترکیه".into(), false),
            (Loc, "جمهوری ترکیه".into(), true),
            (Loc, "تهران".into(), false),
        ]
    );
}

#[test]
fn two_regions_joined_by_and_are_two_places_and_may_be_a_deputys_portfolio() {
    check(&[(
        "اجلاس آسیا و اقیانوسیه برگزار شد.",
        &[(Loc, "آسیا"), (Loc, "اقیانوسیه")],
    )]);
    assert_eq!(
        all("معاون اروپا و آمریکا وزارت امور خارجه گفت."),
        [
            (Title, "معاون اروپا و آمریکا".into(), false),
            (Loc, "اروپا".into(), true),
            (Loc, "آمریکا".into(), true),
            (Org, "وزارت امور خارجه".into(), false),
        ]
    );
}

#[test]
fn a_representatives_parliament_is_an_organization_by_its_name_only() {
    assert_eq!(
        all("نماینده مردم تهران در مجلس شورای اسلامی گفت"),
        [
            (
                Title,
                "نماینده مردم تهران در مجلس شورای اسلامی".into(),
                false
            ),
            (Loc, "تهران".into(), true),
            (Org, "مجلس شورای اسلامی".into(), true),
        ]
    );
    // The bare word is part of the title, as it is no organization elsewhere.
    assert_eq!(
        all("نماینده مردم تهران در مجلس گفت"),
        [
            (Title, "نماینده مردم تهران در مجلس".into(), false),
            (Loc, "تهران".into(), true),
        ]
    );
}

#[test]
fn the_region_word_before_a_known_place_is_a_common_noun() {
    check(&[
        ("امنیت منطقه خلیج فارس مهم است.", &[(Loc, "خلیج فارس")]),
        // A named area is listed whole.
        (
            "سرمایه گذاری در منطقه آزاد کیش بیشتر شد.",
            &[(Loc, "منطقه آزاد کیش")],
        ),
    ]);
}

#[test]
fn an_industrial_park_is_named_by_its_place() {
    check(&[(
        "این کارخانه در شهرک صنعتی مشهد ساخته شد.",
        &[(Loc, "شهرک صنعتی مشهد")],
    )]);
}

#[test]
fn after_an_honorific_a_surname_that_is_also_a_common_word_is_a_name() {
    check(&[
        (
            "حجت الاسلام زمانی افزود که کار ادامه دارد.",
            &[(Person, "زمانی")],
        ),
        (
            "حجت الاسلام حمید زمانی افزود که کار ادامه دارد.",
            &[(Person, "حمید زمانی")],
        ),
        // A demonym or a common word without the ی of a surname stays a word.
        ("ژنرال روسی اظهار کرد که شهر آزاد شد.", &[]),
    ]);
}

/// Long runs of one word that rules chain or look around (place words, honorifics, clubs,
/// titles with nested parts): no deep recursion, and every span in bounds.
#[test]
fn long_runs_of_rule_words_are_handled() {
    for word in [
        "شهرستان",
        "آقای",
        "بارسلونا",
        "وزیر امور خارجه",
        "استان تهران",
    ] {
        let text = format!("{word} ").repeat(20_000);
        for e in EX.extract(&text) {
            assert!(
                e.end <= text.len() && text.is_char_boundary(e.start),
                "{word}"
            );
        }
    }
}

#[test]
fn a_government_named_by_its_seat_or_with_a_modifier_is_an_organization() {
    check(&[
        ("دولت مسکو از این طرح حمایت کرد.", &[(Org, "دولت مسکو")]),
        (
            "شکایت دولت مرکزی ترکیه به سازمان رسید.",
            &[(Org, "دولت مرکزی ترکیه")],
        ),
    ]);
}

#[test]
fn the_outlet_an_interview_was_given_to_is_an_organization() {
    check(&[
        (
            "علی رحمانی در گفتگو با مهر ، با بیان اینکه کار ادامه دارد گفت .",
            &[(Person, "علی رحمانی"), (Org, "مهر")],
        ),
        // A person after the frame is no outlet.
        ("او در گفتگو با وزیر گفت .", &[]),
    ]);
}

#[test]
fn a_club_known_by_a_common_word_is_an_organization_in_a_football_sentence() {
    check(&[
        (
            "سرمربی تیم فوتبال استقلال گفت که بازیکنان خوب بودند .",
            &[(Org, "تیم فوتبال استقلال")],
        ),
        ("صبا در دو بازی آخر لیگ برتر گل نزد .", &[(Org, "صبا")]),
        // Elsewhere the word is the word.
        ("استقلال کشور برای مردم مهم است .", &[]),
    ]);
}

#[test]
fn a_quarterly_is_named_by_the_words_after_its_head() {
    check(&[(
        "سردبیر فصلنامه مطالعات شهری گفت که شماره تازه منتشر شد .",
        &[(Org, "فصلنامه مطالعات شهری")],
    )]);
}

#[test]
fn the_education_department_is_named_by_its_portfolio_and_place() {
    check(&[
        (
            "مدیران آموزش و پرورش مشهد گرد آمدند .",
            &[(Org, "آموزش و پرورش مشهد")],
        ),
        // Bare, the portfolio is as often the field itself.
        ("آموزش و پرورش کودکان مهم است .", &[]),
    ]);
}

#[test]
fn the_names_in_a_reports_credits_are_persons() {
    check(&[(
        "خبرنگار : علی رحمانی * انتشار دهنده : مریم کاظمی",
        &[(Person, "علی رحمانی"), (Person, "مریم کاظمی")],
    )]);
}

#[test]
fn foreign_government_bodies_are_organizations_and_rio_is_a_place() {
    check(&[
        ("پنتاگون اعلام کرد که نیروها بازگشتند .", &[(Org, "پنتاگون")]),
        ("کرملین این خبر را تکذیب کرد .", &[(Org, "کرملین")]),
        ("او در المپیک ریو مدال گرفت .", &[(Loc, "ریو")]),
    ]);
}

#[test]
fn a_facility_named_after_a_person_is_a_place() {
    check(&[
        (
            "او در بیمارستان طالقانی بستری شد .",
            &[(Loc, "بیمارستان طالقانی")],
        ),
        // An adjective in -ی after the head is a kind of facility, not a name.
        ("او در بیمارستان اصلی بستری شد .", &[]),
    ]);
}
