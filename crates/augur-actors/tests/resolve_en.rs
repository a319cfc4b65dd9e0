mod common;
use augur_core::Lang;

#[test]
fn english_mentions() {
    common::check_all(
        Lang::En,
        &[
            ("2023-08-15", "the Russian president", "RUSGOV", "Vladimir Putin"),
            ("2023-08-15", "President Biden", "USAGOV", "Joe Biden"),
            ("2023-08-15", "Kim Jong Un", "PRKGOV", "Kim Jong Un"),
            ("2023-08-15", "North Korean leader Kim Jong-un", "PRKGOV", "Kim Jong Un"),
            ("2023-08-15", "Defence Minister Kang Sun Nam", "PRKGOV", "Kang Sun-nam"),
            ("2023-08-15", "State Department spokesman Vedant Patel", "USAGOV", "Vedant Patel"),
            ("2023-07-20", "Sergei Shoigu", "RUSGOV", "Sergei Shoigu"),
            ("", "the United States", "USA", ""),
            ("", "the U.S.", "USA", ""),
            ("", "Washington", "USAGOV", ""),
            ("", "the White House", "USAGOV", ""),
            ("", "the State Department", "USAGOV", ""),
            ("", "the Pentagon", "USAGOV", ""),
            ("", "US troops", "USAMIL", ""),
            ("", "American soldiers", "USAMIL", ""),
            ("", "the Kremlin", "RUSGOV", ""),
            ("", "Moscow", "RUSGOV", ""),
            ("", "Russia", "RUS", ""),
            ("", "Russia's army", "RUSMIL", ""),
            ("", "Russian forces", "RUSMIL", ""),
            ("", "Russians", "RUS", ""),
            ("", "Kyiv", "UKRGOV", ""),
            ("", "Kiev", "UKRGOV", ""),
            ("", "Ukraine", "UKR", ""),
            ("", "Ukrainian troops", "UKRMIL", ""),
            ("", "the Ukrainian government", "UKRGOV", ""),
            ("", "Beijing", "CHNGOV", ""),
            ("", "China", "CHN", ""),
            ("", "Chinese authorities", "CHNGOV", ""),
            ("", "the People's Liberation Army", "CHNMIL", ""),
            ("", "Taiwan", "TWN", ""),
            ("", "the Republic of China", "TWN", ""),
            ("", "Taipei", "TWNGOV", ""),
            ("", "Pyongyang", "PRKGOV", ""),
            ("", "North Korea", "PRK", ""),
            ("", "North Korean soldiers", "PRKMIL", ""),
            ("", "South Korea", "KOR", ""),
            ("", "Seoul", "KORGOV", ""),
            ("", "the UN Security Council", "IGOUNO", ""),
            ("", "the United Nations", "IGOUNO", ""),
            ("", "the IAEA", "IGOUNO", ""),
            ("", "NATO", "IGOWSTNAT", ""),
            ("", "the European Union", "IGOEUREEC", ""),
            ("", "the European Commission", "IGOEUREEC", ""),
            ("", "the West", "WST", ""),
            ("", "ECOWAS", "IGOWAFWAS", ""),
            ("", "the African Union", "IGOAFRAFU", ""),
            ("", "the Arab League", "IGOMEAARL", ""),
            ("", "the World Health Organization", "IGOUNOHLH", ""),
            ("", "the IMF", "IGOXXXIMF", ""),
            ("", "Israel", "ISR", ""),
            ("", "the Israeli military", "ISRMIL", ""),
            ("", "the IDF", "ISRMIL", ""),
            ("", "Hamas", "PSEREB", ""),
            ("", "Palestinian civilians", "PSECVL", ""),
            ("", "Iranian protesters", "IRNCVL", ""),
            ("", "Tehran", "IRNGOV", ""),
            ("", "Turkey", "TUR", ""),
            ("", "Türkiye", "TUR", ""),
            ("", "a roast turkey", "", ""),
            ("", "Ankara", "TURGOV", ""),
            ("", "Downing Street", "GBRGOV", ""),
            ("", "the British government", "GBRGOV", ""),
            ("", "the French foreign ministry", "FRAGOV", ""),
            ("", "the Elysee", "FRAGOV", ""),
            ("", "German police", "DEUCOP", ""),
            ("", "Georgia", "GEO", ""),
            ("", "Georgia Governor Brian Kemp", "USAGOV", ""),
            ("", "Tbilisi", "GEOGOV", ""),
            ("", "Jordan", "JOR", ""),
            ("", "the Jordan River", "", ""),
            ("", "Chad", "TCD", ""),
            ("", "Russia and North Korea", "RUS PRK", ""),
            ("", "Russian and Chinese troops", "RUSMIL CHNMIL", ""),
            ("", "Russia, China and Iran", "RUS CHN IRN", ""),
            ("", "the Russian ambassador in Berlin", "RUSGOV", ""),
            ("2023-08-15", "Russian Foreign Minister Sergei Lavrov", "RUSGOV", "Sergey Lavrov"),
            ("2023-08-15", "the Russian foreign minister", "RUSGOV", "Sergey Lavrov"),
            ("2023-08-15", "UN Secretary-General Antonio Guterres", "IGOUNO", "António Guterres"),
            ("2023-08-15", "the UN Secretary-General", "IGOUNO", "António Guterres"),
            ("2016-05-01", "President Obama", "USAGOV", "Barack Obama"),
            ("2023-08-15", "Obama", "USAELI", "Barack Obama"),
            ("", "the Houthis", "YEMREB", ""),
            ("", "Hezbollah fighters", "LBNREB", ""),
            ("", "soldiers", "---MIL", ""),
        ],
    );
}

#[test]
fn english_west_demonyms_and_historical_states() {
    common::check_all(
        Lang::En,
        &[
            ("", "Western diplomats", "WSTGOV", ""),
            ("", "Western", "WST", ""),
            ("", "Fijian", "FJI", ""),
            ("", "the Panamanian government", "PANGOV", ""),
            ("", "Panamanian army officers", "PANMIL", ""),
            ("", "Uruguayan", "URY", ""),
            ("", "Malagasy", "MDG", ""),
            ("", "the Soviet Union", "SUN", ""),
            ("", "the USSR", "SUN", ""),
            ("", "Soviet troops", "SUNMIL", ""),
            ("", "Yugoslavia", "YUG", ""),
            ("", "the Yugoslav army", "YUGMIL", ""),
            ("", "Czechoslovakia", "CSK", ""),
            ("", "East Germany", "DDR", ""),
            ("", "West Germany", "DEU", ""),
            ("", "the European Community", "IGOEUREEC", ""),
            // Acronyms match only in capitals.
            ("", "UN", "IGOUNO", ""),
            ("", "U.N.", "IGOUNO", ""),
            ("", "AU", "IGOAFRAFU", ""),
            ("", "un", "", ""),
            ("", "Un", "", ""),
            ("", "au", "", ""),
        ],
    );
}

#[test]
fn given_name_that_contradicts_the_person_blocks_the_surname() {
    common::check_all(
        Lang::En,
        &[
            // Oskar Fischer (GDR) is not Joschka Fischer: title + country, no person.
            ("1985-06-01", "East German Foreign Minister Oskar Fischer", "DDRGOV", ""),
            ("2000-06-01", "Foreign Minister Joschka Fischer", "DEUGOV", "Joschka Fischer"),
            ("2000-06-01", "Foreign Minister Fischer", "DEUGOV", "Joschka Fischer"),
            ("2000-06-01", "Mr Fischer", "DEUGOV", "Joschka Fischer"),
            ("2012-06-01", "Ivan Testov", "", ""),
            ("2012-06-01", "Anna Testova", "RUSGOV", "Anna Testova"),
            ("2012-06-01", "A. Testova", "RUSGOV", "Anna Testova"),
        ],
    );
    common::check_all(Lang::De, &[("2023-07-20", "Sergej Schoigu", "RUSGOV", "Sergei Shoigu")]);
    common::check_all(Lang::Ru, &[("2023-07-20", "Сергей Кужугетович Шойгу", "RUSGOV", "Sergei Shoigu")]);
}

#[test]
fn english_regions_old_names_and_armed_movements() {
    common::check_all(
        Lang::En,
        &[
            ("", "African leaders", "AFRGOV", ""),
            ("", "Asian banks", "ASABUS", ""),
            ("", "Zaire", "COD", ""),
            ("", "Zairean troops", "CODMIL", ""),
            ("", "Kampuchea", "KHM", ""),
            ("", "Rhodesia", "ZWE", ""),
            ("", "Hizbollah guerrillas", "LBNREB", ""),
            ("", "the PLO", "PSEREB", ""),
            ("", "UNITA rebels", "AGOREB", ""),
            ("", "the Tamil Tigers", "LKAREB", ""),
            ("", "the European Union", "IGOEUREEC", ""),
        ],
    );
}

#[test]
fn english_cold_war_leaders_and_historical_states() {
    common::check_all(
        Lang::En,
        &[
            ("1986-05-01", "President Reagan", "USAGOV", "Ronald Reagan"),
            ("1987-05-01", "Soviet leader Mikhail Gorbachev", "SUNGOV", "Mikhail Gorbachev"),
            ("1985-06-01", "East German Foreign Minister Oskar Fischer", "DDRGOV", "Oskar Fischer"),
            ("1988-06-01", "Soviet Foreign Minister Eduard Shevardnadze", "SUNGOV", "Eduard Shevardnadze"),
            ("1998-06-01", "Yugoslav President Slobodan Milosevic", "YUGGOV", "Slobodan Milošević"),
            ("1993-06-01", "Russian Foreign Minister Andrei Kozyrev", "RUSGOV", "Andrei Kozyrev"),
        ],
    );
}
