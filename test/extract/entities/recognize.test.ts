// Real-world style Indonesian sentences (written for these tests, not from
// the seeds) on Gaza, Taiwan, ASEAN, Indonesian diplomacy and Ukraine.
import { setNerTagger } from '../../../src/extract/entities/tagger';
import { entity, names, recognize } from './helpers';

describe('countries, places, organisations from the tables', () => {
  it('recognises Gaza news entities with English canonical names', () => {
    const r = recognize(
      'Kementerian Kesehatan Gaza menyebut serangan udara Israel di Rafah menewaskan 20 orang. Hamas menuduh Israel melanggar gencatan senjata yang dimediasi Mesir dan Qatar.',
    );
    expect(names(r)).toEqual(
      expect.arrayContaining([
        'Country:Israel',
        'Location:Rafah',
        'Organization:Hamas',
        'Organization:Gaza Health Ministry',
        'Country:Egypt',
        'Country:Qatar',
      ]),
    );
    expect(entity(r, 'Israel')?.id).toBe('country:IL');
    expect(entity(r, 'Israel')?.mentions).toHaveLength(2);
  });

  it('keeps generic nouns out', () => {
    const r = recognize('Pasukan khusus dan tentara menembakkan rudal dari kapal angkut ke arah pantai.');
    expect(r.entities).toEqual([]);
  });

  it('does not take "Korea" alone for either Korea, nor as a place', () => {
    const r = recognize('Perang Korea berakhir dengan gencatan senjata pada 1953. Pasukan itu tetap di Korea.');
    expect(r.entities.map((e) => e.name)).not.toContain('Korea');
    expect(r.entities.map((e) => e.id)).not.toContain('country:KP');
    expect(r.entities.map((e) => e.id)).not.toContain('country:KR');
  });

  it('reads an ALL-CAPS headline with the tables only', () => {
    const r = recognize('KORUT KIRIM RIBUAN PASUKAN KE RUSIA');
    expect(names(r)).toEqual(['Country:North Korea', 'Country:Russia']);
  });

  it('a currency is not its country', () => {
    expect(recognize('Nilai kontrak itu mencapai 2 miliar dolar AS.').entities).toEqual([]);
  });

  it('reads AS only in capitals', () => {
    expect(recognize('Poros dan as roda kendaraan itu patah.').entities).toEqual([]);
    expect(entity(recognize('AS mengecam uji coba rudal itu.'), 'United States')?.type).toBe('Country');
  });

  it('translates compositional bodies with the head table', () => {
    const r = recognize(
      'Angkatan Laut Filipina dan Kementerian Luar Negeri Singapura menanggapi laporan Departemen Pertahanan AS.',
    );
    expect(names(r)).toEqual(
      expect.arrayContaining([
        'Organization:Philippine Navy',
        'Organization:Ministry of Foreign Affairs of Singapore',
        'Organization:United States Department of Defense',
        'Country:Philippines',
        'Country:Singapore',
        'Country:United States',
      ]),
    );
    const navy = r.mentions.find((m) => m.text === 'Angkatan Laut Filipina');
    expect(navy?.partOf).toBe('country:PH');
  });

  it('finds the intelligence service of the country named after a common-noun head', () => {
    const r = recognize('Menurut badan intelijen Korea Selatan, Pyongyang menyiapkan peluncuran satelit.');
    expect(entity(r, 'National Intelligence Service')?.type).toBe('Organization');
    expect(entity(r, 'North Korea')?.type).toBe('Country');
  });

  it('does not make a body of "militer X" inside a noun phrase', () => {
    const r = recognize('Latihan gabungan itu memperkuat pelatihan militer Thailand di perbatasan.');
    expect(r.entities.map((e) => e.type)).not.toContain('Organization');
  });
});

describe('repeated and partial names', () => {
  it('a bare ministry head after the full name is the same body', () => {
    const r = recognize(
      'Kementerian Pertahanan Korea Selatan mendeteksi peluncuran rudal. Menurut Kementerian Pertahanan, rudal itu jatuh di laut.',
    );
    const e = entity(r, 'Ministry of Defence of South Korea');
    expect(e?.mentions.map((m) => m.text)).toEqual(['Kementerian Pertahanan Korea Selatan', 'Kementerian Pertahanan']);
  });

  it("a bare ministry in a sentence that names Indonesia is Indonesia's", () => {
    const r = recognize('Indonesia melalui Kementerian Luar Negeri menyerukan semua pihak menahan diri.');
    expect(entity(r, 'Ministry of Foreign Affairs of Indonesia')?.mentions.map((m) => m.text)).toEqual([
      'Kementerian Luar Negeri',
    ]);
  });

  it("a bare ministry in a story about Indonesian officials is Indonesia's", () => {
    const r = recognize(
      'Menteri Pertahanan Sjafrie Sjamsoeddin hadir di DPR. Ia menyebut kontrak telah dikaji Kementerian Keuangan.',
    );
    expect(entity(r, 'Ministry of Finance of Indonesia')?.mentions.map((m) => m.text)).toEqual(['Kementerian Keuangan']);
  });

  it('an embassy is named after its country', () => {
    const r = recognize('Kedutaan Besar Jepang di Jakarta mengeluarkan peringatan perjalanan.');
    expect(entity(r, 'Embassy of Japan')?.type).toBe('Organization');
    expect(entity(r, 'Jakarta')?.type).toBe('Location');
  });

  it('a bare ministry head with no earlier country names nothing', () => {
    const r = recognize('Kementerian Pertahanan menggelar rapat tertutup.');
    expect(r.entities).toEqual([]);
  });

  it('a famous surname inside another full name is not the famous person', () => {
    const r = recognize('Hakim Anwar Usman membacakan putusan itu di Jakarta.');
    expect(entity(r, 'Anwar Ibrahim')).toBeUndefined();
  });
});

describe('places inside names', () => {
  it("a body's own country at the end of its name is a mention and its partOf", () => {
    const r = recognize('Badan Intelijen Umum Mesir menyebut pembicaraan berlangsung positif.');
    expect(entity(r, 'Egypt')?.mentions.map((m) => m.text)).toEqual(['Mesir']);
    expect(r.mentions.find((m) => m.text === 'Badan Intelijen Umum Mesir')?.partOf).toBe('country:EG');
  });

  it('a place inside a name is not a mention of that place', () => {
    const r = recognize('Radio Free Asia dan Uni Eropa melaporkan hal yang sama.');
    expect(names(r)).toEqual(['Organization:European Union', 'Organization:Radio Free Asia']);
  });

  it('a short form in parentheses after an unknown body names it later', () => {
    setNerTagger({ tag: (t) => t.map((w, i) => (i === 0 ? 'B-ORG' : i < 4 ? 'I-ORG' : 'O')) });
    try {
      const r = recognize('Lembaga Bantuan Kemanusiaan Nusantara (Lembanus) mengirim obat. Lembanus juga mengirim makanan.');
      const e = r.entities.find((x) => x.type === 'Organization');
      expect(e?.mentions.map((m) => m.text)).toEqual(['Lembaga Bantuan Kemanusiaan Nusantara', 'Lembanus', 'Lembanus']);
    } finally {
      setNerTagger(undefined);
    }
  });

  it('a name coordinated with a classified place shares its classifier', () => {
    setNerTagger({ tag: (t) => t.map((w) => (w === 'Bandara' ? 'B-LOC' : w === 'Vnukovo' ? 'I-LOC' : w === 'Domodedovo' ? 'B-PER' : 'O')) });
    try {
      const r = recognize('Bandara Vnukovo dan Domodedovo sempat ditutup.');
      expect(names(r)).toEqual(['Location:Domodedovo Airport', 'Location:Vnukovo Airport']);
    } finally {
      setNerTagger(undefined);
    }
  });

  it('an organisation word after a capitalised run makes it a body, not a person', () => {
    setNerTagger(null);
    try {
      const r = recognize('Pengamat dari Kyoto Institute mengatakan hal itu.');
      expect(r.entities.filter((e) => e.type === 'Person')).toEqual([]);
    } finally {
      setNerTagger(undefined);
    }
  });

  it('a place inside a street name is no mention', () => {
    expect(recognize('Massa berkumpul di Jalan Medan Merdeka Selatan sejak pagi.').entities.map((e) => e.name)).not.toContain('Medan');
  });

  it('an unknown body defined by an acronym is named by it', () => {
    setNerTagger(null);
    try {
      const r = recognize("Tentara Pembebasan Nasional Ta'ang (TNLA) merebut kota itu. TNLA lalu mundur.");
      expect(entity(r, 'TNLA')?.mentions.map((m) => m.text)).toEqual(["Tentara Pembebasan Nasional Ta'ang", 'TNLA', 'TNLA']);
    } finally {
      setNerTagger(undefined);
    }
  });

  it('an agreement or summit with an acronym is no body', () => {
    setNerTagger(null);
    try {
      const r = recognize('Kedua negara menandatangani Perjanjian Kerja Sama Pertahanan (DCA) dalam Konferensi Tingkat Tinggi (KTT) itu.');
      expect(r.entities).toEqual([]);
    } finally {
      setNerTagger(undefined);
    }
  });

  it('a capitalised common-word run after a title is no person', () => {
    const r = recognize('Direktur Jenderal Kerja Sama ASEAN mengatakan pertemuan ditunda.');
    expect(r.entities.filter((e) => e.type === 'Person')).toEqual([]);
  });
});

describe('metonymy', () => {
  it('a capital acting is its country; after a place word it is the city', () => {
    const acting = recognize('Beijing mengecam kunjungan delegasi itu, sementara Kremlin menepis laporan tersebut.');
    expect(entity(acting, 'China')?.mentions.map((m) => m.text)).toEqual(['Beijing']);
    expect(entity(acting, 'Russia')?.mentions.map((m) => m.text)).toEqual(['Kremlin']);
    expect(entity(acting, 'Beijing')).toBeUndefined();

    const place = recognize('Delegasi Indonesia tiba di Beijing pada Senin untuk berunding.');
    expect(entity(place, 'Beijing')?.type).toBe('Location');
    expect(entity(place, 'China')).toBeUndefined();
  });

  it('a capital in a dateline is the city', () => {
    const r = recognize('Bangkok - Pemerintah menyatakan siap menjadi tuan rumah. Bangkok menolak tuduhan itu.');
    expect(entity(r, 'Bangkok')?.mentions.map((m) => m.text)).toEqual(['Bangkok']);
    expect(entity(r, 'Thailand')?.mentions.map((m) => m.text)).toEqual(['Bangkok']);
  });

  it('"konfirmasi dari Pyongyang" is the government, not the city', () => {
    const r = recognize('Belum ada konfirmasi resmi dari Pyongyang mengenai pengiriman itu.');
    expect(entity(r, 'North Korea')?.mentions.map((m) => m.text)).toEqual(['Pyongyang']);
  });
});

describe('people', () => {
  it('names a person after a title, a country and a comma, with role and roleOf', () => {
    const r = recognize('Menteri Luar Negeri Yordania, Ayman Safadi, mengatakan bantuan harus segera masuk ke Gaza.');
    const m = r.mentions.find((x) => x.type === 'Person');
    expect(m?.text).toBe('Ayman Safadi');
    expect(m?.role).toBe('Foreign Minister');
    expect(m?.roleOf).toBe('country:JO');
    expect(entity(r, 'Ayman Safadi')?.id).toBe('person:ayman-safadi');
  });

  it('names a person after a title and its field', () => {
    const r = recognize('Pengamat hubungan internasional Universitas Padjadjaran Teuku Rezasyah menilai sikap itu keliru.');
    const m = r.mentions.find((x) => x.text === 'Teuku Rezasyah');
    expect(m).toMatchObject({ type: 'Person', role: 'Analyst', roleOf: 'org:padjadjaran-university' });
  });

  it('names a person before an apposition', () => {
    const r = recognize('Hal itu disampaikan Budi Santoso, seorang anggota parlemen, kepada wartawan di Jakarta.');
    expect(entity(r, 'Budi Santoso')?.type).toBe('Person');
    expect(r.mentions.find((m) => m.text === 'Budi Santoso')?.role).toBe('Member of Parliament');
  });

  it('uses the canonical spelling of a known person and the Indonesian spelling as alias', () => {
    const r = recognize('Presiden Ukraina Volodymyr Zelenskyy bertemu Presiden Prabowo di Singapura.');
    expect(entity(r, 'Volodymyr Zelensky')?.aliases).toContain('Volodymyr Zelenskyy');
    const prabowo = r.mentions.find((m) => m.text === 'Prabowo');
    expect(prabowo?.entityId).toBe('person:prabowo-subianto');
    expect(prabowo?.roleOf).toBe('country:ID');
  });

  it('keeps name particles inside a name after a title', () => {
    const r = recognize('Menteri Luar Negeri UEA Abdullah bin Zayed Al Nahyan tiba di Jakarta pada Selasa.');
    expect(entity(r, 'Abdullah bin Zayed Al Nahyan')?.type).toBe('Person');
  });

  it('links a later surname to the full name introduced earlier', () => {
    const r = recognize(
      'Juru bicara militer Thailand, Winthai Suvaree, mengatakan pasukan telah ditarik. Winthai menambahkan situasi di perbatasan tenang.',
    );
    const e = entity(r, 'Winthai Suvaree');
    expect(e?.mentions.map((m) => m.text)).toEqual(['Winthai Suvaree', 'Winthai']);
    expect(r.entities.filter((x) => x.type === 'Person')).toHaveLength(1);
  });

  it('a shared family name goes to the person introduced first', () => {
    const r = recognize(
      'Kim Jong Un menyaksikan uji coba itu bersama putrinya, Kim Ju Ae. Kim menyebut rudal itu penangkal kuat.',
    );
    const kim = r.mentions.find((m) => m.text === 'Kim');
    expect(kim?.entityId).toBe('person:kim-jong-un');
  });

  it('hyphenated and spaced spellings are one person', () => {
    const r = recognize('Pemimpin Korut Kim Jong-un mengunjungi pabrik. Kim Jong Un memuji para pekerja. Kim lalu pulang.');
    const kim = entity(r, 'Kim Jong Un');
    expect(kim?.mentions.map((m) => m.text)).toEqual(['Kim Jong-un', 'Kim Jong Un', 'Kim']);
  });
});

describe('acronyms', () => {
  it('an acronym defined in parentheses names its entity afterwards', () => {
    const r = recognize(
      'Kementerian Pertahanan Jepang (MOD) melaporkan dua kapal perang China. MOD juga mencatat tiga pesawat.',
    );
    const e = entity(r, 'Ministry of Defence of Japan');
    expect(e?.mentions.map((m) => m.text)).toEqual(['Kementerian Pertahanan Jepang', 'MOD', 'MOD']);
  });

  it('a known acronym keeps its meaning inside parentheses', () => {
    const r = recognize('Departemen Pertahanan Amerika Serikat (AS) menyetujui penjualan itu. AS juga mengirim kapal.');
    expect(entity(r, 'United States')?.mentions.map((m) => m.text)).toEqual(['Amerika Serikat', 'AS', 'AS']);
  });
});

describe('coreference', () => {
  it('resolves Ia to the person of the previous sentence, kept out of the output', () => {
    const r = recognize('Presiden Filipina Ferdinand Marcos Jr. tiba di Jakarta. Ia disambut Presiden Prabowo Subianto.');
    const ia = r.mentions.find((m) => m.text === 'Ia');
    expect(ia).toMatchObject({ entityId: 'person:ferdinand-marcos-jr', source: 'coref', anaphor: true });
    expect(entity(r, 'Ferdinand Marcos Jr.')?.mentions.map((m) => m.text)).not.toContain('Ia');
  });

  it('resolves kedua negara to a coordinated pair of countries', () => {
    const r = recognize('Vietnam dan Laos menandatangani perjanjian perbatasan. Kedua negara sepakat membuka jalur dagang.');
    const ids = r.mentions.filter((m) => m.text === 'Kedua negara').map((m) => m.entityId);
    expect(ids).toEqual(['country:VN', 'country:LA']);
  });

  it('resolves keduanya to the two people who met', () => {
    const r = recognize('Menlu Sugiono bertemu Menlu Australia Penny Wong di Canberra. Keduanya membahas keamanan kawasan.');
    const ids = r.mentions.filter((m) => m.text === 'Keduanya').map((m) => m.entityId).sort();
    expect(ids).toEqual(['person:penny-wong', 'person:sugiono']);
  });

  it('resolves Mereka after "X dan Y"', () => {
    const r = recognize('Rusia dan Belarus menggelar latihan nuklir. Mereka mengklaim latihan itu defensif.');
    expect(r.mentions.filter((m) => m.text === 'Mereka').map((m) => m.entityId)).toEqual(['country:RU', 'country:BY']);
  });
});

describe('contract', () => {
  const text =
    'Sekjen NATO Mark Rutte tiba di Kyiv, Ukraina. Rutte bertemu Presiden Volodymyr Zelensky dan membahas serangan Rusia-Ukraina di Kharkiv.';

  it('every offset slices back to its text', () => {
    const r = recognize(text);
    for (const m of r.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    for (const e of r.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('splits hyphenated country pairs into two mentions', () => {
    const r = recognize(text);
    expect(r.mentions.filter((m) => m.text === 'Rusia' || m.text === 'Ukraina').length).toBeGreaterThanOrEqual(3);
  });

  it('is deterministic and gives the same id in every document', () => {
    expect(recognize(text)).toEqual(recognize(text));
    const other = recognize('Mark Rutte mengatakan NATO siap.');
    expect(entity(other, 'Mark Rutte')?.id).toBe(entity(recognize(text), 'Mark Rutte')?.id);
  });

  it('works without the NER model', () => {
    setNerTagger(null);
    try {
      const r = recognize(text);
      expect(entity(r, 'Mark Rutte')?.type).toBe('Person');
      expect(entity(r, 'Kharkiv')?.type).toBe('Location');
    } finally {
      setNerTagger(undefined);
    }
  });
});
