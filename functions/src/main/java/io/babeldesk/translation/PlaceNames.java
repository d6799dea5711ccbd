package io.babeldesk.translation;

/**
 * Countries, regions and cities whose names newsrooms translate rather than transliterate
 * (China / Китай / Չինաստան / Çin), as the stems of their forms in English, Russian, Armenian and
 * Azerbaijani (folded, without case endings). A name found here is carried by a translation that
 * shows any of its forms; names that transliterate (Moscow, Москва) are left to the sound skeletons.
 */
final class PlaceNames {
    private static final String[] TABLE = {
            "china|chines|китай|китая|китае|չինաստան|չինական|çin",
            "germany|german|германи|немец|немецк|գերմանիա|գերմանակ|almaniya|alman",
            "greece|greek|греци|греческ|հունաստան|հունական|yunanıstan|yunan",
            "japan|япони|японск|ճապոնիա|ճապոնական|yaponiya|yapon",
            "egypt|егип|եգիպտոս|misir",
            "hungary|hungarian|венгри|венгерск|հունգարիա|macarıstan|macar",
            "georgia|georgian|грузи|грузинск|վրաստան|վրացական|gürcüstan|gürcü",
            "armenia|armenian|армени|армянск|հայաստան|հայկական|ermənistan|erməni",
            "azerbaijan|азербайджан|ադրբեջան|azərbaycan",
            "turkey|turkish|турци|турецк|թուրքիա|թուրքական|türkiyə|türk",
            "india|indian|инди|индийск|հնդկաստան|հնդկական|hindistan|hind",
            "poland|polish|польш|польск|լեհաստան|լեհական|polşa",
            "netherlands|dutch|holland|нидерланд|голланд|նիդերլանդներ|հոլանդիա|niderland|holland",
            "switzerland|swiss|швейцари|շվեյցարիա|isveçrə",
            "sweden|swedish|швеци|шведск|շվեդիա|isveç",
            // English for British is common in all four
            "britain|british|великобритани|британи|британск|բրիտանիա|բրիտանական|britaniya|britan|english|англи|անգլիա|անգլիական|ingilis",
            "england|english|англи|английск|անգլիա|անգլիական|ingiltərə|ingilis",
            "scotland|scottish|шотланди|шотландск|շոտլանդիա|şotlandiya|şotland",
            "wales|welsh|уэльс|валлийск|ուելս|uels",
            "ireland|irish|ирланди|ирландск|իռլանդիա|irlandiya",
            "america|american|америк|сша|ամերիկա|ամն|amerika|abş",
            "europe|european|европ|եվրոպա|avropa",
            "africa|african|африк|աֆրիկա|afrika",
            "mexico|mexican|мексик|մեքսիկա|meksika",
            "spain|spanish|испани|испанск|իսպանիա|ispaniya|ispan",
            "france|french|франци|французск|ֆրանսիա|ֆրանսիական|fransa|fransız",
            "italy|italian|итали|итальянск|իտալիա|իտալական|italiya|italyan",
            "russia|russian|росси|российск|русск|ռուսաստան|ռուսական|rusiya|rus",
            "iran|iranian|иран|իրան|iran",
            "israel|israeli|израил|իսրայել|israil",
            "korea|korean|коре|корейск|կորեա|կորեական|koreya",
            "jerusalem|иерусалим|երուսաղեմ|qüds",
            "beijing|пекин|պեկին|pekin",
            "pyongyang|пхеньян|փհենյան|պհենյան|pxenyan",
            "geneva|женев|ժնև|ժնեւ|cenevrə",
            "yerevan|ереван|երևան|երեւան|irəvan",
            "tbilisi|тбилиси|թբիլիսի|tiflis",
            "united nations|оон|միացյալ ազգ|մակ|bmt",
            "syria|syrian|сири|սիրիա|suriya",
            "arab|араб|արաբ|ərəb",
    };
    /** Any ending after a stem of four letters or more; shorter forms are whole words (сша, ամն). */
    private static final FormIndex INDEX = new FormIndex(TABLE, Integer.MAX_VALUE / 2, true);

    private PlaceNames() {
    }

    /** The table's rows as written. */
    static String[] rows() {
        return TABLE.clone();
    }

    /** The table's rows, indexed; a row is one place. */
    static FormIndex index() {
        return INDEX;
    }
}
