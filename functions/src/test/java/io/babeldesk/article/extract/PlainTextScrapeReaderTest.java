package io.babeldesk.article.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.babeldesk.article.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PlainTextScrapeReaderTest {
    @Test
    void endAndStartChecksAgreeWithSearchingTheWholeLine() {
        List<String> pieces = List.of("a", "word ", ".", "!", "»", "։", ":", ")", "\n", "\r\n", "\r", "\u0085",
                "\u2028", " ", "- ", "• ", "12. ", "3) ", "1234. ", "\t");
        Random random = new Random(9);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = random.nextInt(7); j > 0; j--) {
                sb.append(pieces.get(random.nextInt(pieces.size())));
            }
            String text = sb.toString();
            assertEquals(PlainTextScrapeReader.TERMINAL.matcher(text).find(), PlainTextScrapeReader.endsTerminal(text),
                    text);
            assertEquals(PlainTextScrapeReader.TERMINAL.matcher(sb).find(), PlainTextScrapeReader.endsTerminal(sb), text);
            assertEquals(PlainTextScrapeReader.LIST_MARKER.matcher(text).find(),
                    PlainTextScrapeReader.startsWithListMarker(text), text);
        }
    }

    private static final String LEAD = "The city council approved the new cycling plan on Monday after a debate that lasted "
            + "more than four hours, and the first lanes will be painted in the spring.";
    private static final String SECOND = "Residents who spoke at the meeting were divided, with shop owners worried about "
            + "parking and parents asking for safer routes to the schools near the river.";
    private static final String THIRD = "The plan costs twelve million over five years, and the council says half of it "
            + "will come from a regional transport fund that still has to approve the request.";

    private static List<String> body(String scrape) {
        return PlainTextScrapeReader.read(scrape, new ArrayList<>()).blocks().stream().map(Block::text).toList();
    }

    @Test
    void articleReadsOnAcrossSubheadingsAndShortFactLines() {
        List<String> body = body(String.join("\n\n", "Home", "News", "Council approves cycling plan", "March 4, 2024",
                LEAD, "What changes", "Lanes: 40 km", "Cost: 12 million", "Start: April", "Bridges: two", SECOND,
                "Who pays", THIRD, "Related articles", "Bus fares rise again", "© 2024 City News"));
        assertEquals(List.of(LEAD, "What changes", "Lanes: 40 km", "Cost: 12 million", "Start: April", "Bridges: two",
                SECOND, "Who pays", THIRD), body);
    }

    @Test
    void legalSmallPrintAndWhatFollowsTheFooterAreNeverTheArticle() {
        String smallPrint = "Disclaimer: this material is provided for informational purposes only and does not "
                + "constitute legal, financial or tax advice; readers should consult a qualified advisor before acting "
                + "on any of it. ".repeat(6);
        String company = "City News is an independent newsroom that has covered the council, the courts and the "
                + "schools of our city since 1998, with reporters in every district and a team of editors who read "
                + "every story twice before it is published. ".repeat(3);
        List<String> body = body(String.join("\n\n", "Council approves cycling plan", LEAD, SECOND, THIRD,
                smallPrint, "© 2024 City News. All rights reserved.", company));
        assertEquals(List.of(LEAD, SECOND, THIRD), body);
    }

    @Test
    void aCommentThreadLongerThanTheArticleIsNotTheArticle() {
        String comment = "I have lived on this street for thirty years and I can tell you that nobody asked us about "
                + "any of this, the lanes will take every parking space in front of the shops and the council knows it. ";
        List<String> body = body(String.join("\n\n", "Council approves cycling plan", LEAD, SECOND, THIRD,
                "3 Responses to “Council approves cycling plan”", "Mary Jones", "March 4, 2024 at 9:12 pm", comment.repeat(2), "Tom Hill",
                "March 4, 2024 at 10:40 pm", comment.repeat(3), "Ann Lee", "March 5, 2024 at 7:03 am", comment.repeat(2)));
        assertEquals(List.of(LEAD, SECOND, THIRD), body);
        assertFalse(String.join(" ", body).contains("nobody asked us"));
        assertTrue(body.get(0).startsWith("The city council"));
    }

    @Test
    void dateOfTheArticleIsReadFromPublishedAndUpdatedLinesInItsHead() {
        for (String[] c : new String[][] {
                {"Published Jun 4, 2025", "2025-06-04"},
                {"By Jane Doe | Mar 5, 2025 | 6 comments", "2025-03-05"},
                {"Обновлено 1 октября 2018, 12:30", "2018-10-01"},
                {"Yenilənib: 1 oktyabr 2018, 12:30", "2018-10-01"},
                {"Թարմացվել է 1 հոկտեմբերի 2018", "2018-10-01"}}) {
            ArticleDraft d = PlainTextScrapeReader.read(String.join("\n\n", "Older story from the archive",
                    "January 2, 2001", "Home", "Council approves cycling plan", c[0], LEAD, SECOND, THIRD), new ArrayList<>());
            assertEquals(c[1], d.publishedAt(), c[0]);
            assertEquals("Council approves cycling plan", d.title(), c[0]);
        }
    }

    @Test
    void hardWrappedParagraphsAreJoinedButAListOfShortLinesBelowThemIsNot() {
        String wrapped = String.join("\n",
                "The city council approved the new cycling plan on Monday after a debate that",
                "lasted more than four hours. The first lanes will be painted in the spring, and",
                "the council expects the whole network to be finished within three years of the",
                "vote.");
        String second = String.join("\n",
                "Residents who spoke at the meeting were divided, with shop owners worried about",
                "parking and parents asking for safer routes to the schools near the river and",
                "the old market square, where most of the new lanes are going to be painted.");
        String third = String.join("\n",
                "The plan costs twelve million over five years, and the council says that half of",
                "it will come from a regional transport fund that still has to approve the plan.");
        List<String> districts = new ArrayList<>();
        for (String d : List.of("North", "South", "East", "West", "Upper", "Lower", "Old Town", "Harbour",
                "Riverside", "Market", "Castle", "Station")) {
            districts.add("Bicycle hire and cycling lanes in " + d + " District, River County");
        }
        String areas = String.join("\n", districts);
        List<String> body = body(String.join("\n\n", "Council approves cycling plan", wrapped, second, third,
                "© 2024 City News", areas));
        assertEquals(3, body.size(), body.toString());
        assertEquals(wrapped.replace('\n', ' '), body.get(0));
        assertTrue(body.get(2).endsWith("approve the plan."));
        assertFalse(String.join(" ", body).contains("Bicycle hire"));
    }

    @Test
    void teasersAboveReadMoreLinksDoNotOutweighTheArticle() {
        List<String> lines = new ArrayList<>(List.of("Council approves cycling plan", "March 4, 2024", LEAD, SECOND,
                THIRD, "Latest news"));
        for (int i = 1; i <= 6; i++) {
            lines.add("Story number " + i + " from the district");
            lines.add("March " + i + ", 2024");
            lines.add("The district board met again this week to discuss the budget for the coming year, and the "
                    + "members agreed on most of the points after a long debate about schools and roads " + i + ".");
            lines.add("Read More");
        }
        List<String> body = body(String.join("\n\n", lines));
        assertEquals(List.of(LEAD, SECOND, THIRD), body);
    }

    @Test
    void backToTopLinksAndWebsiteLinesOfAListicleDoNotEndTheArticle() {
        List<String> body = body(String.join("\n\n", "Three bicycle makers to know", LEAD, "Back to Top",
                "1. Northwind Bikes", "Website: https://northwind.example.com/", SECOND, "2. River Cycles",
                "Website: https://rivercycles.example.com/", THIRD));
        assertTrue(body.containsAll(List.of(LEAD, SECOND, THIRD)), body.toString());
        assertFalse(body.contains("Back to Top"));
    }

    @Test
    void testimonialsSignedByTheirReadersAreNotTheArticle() {
        List<String> lines = new ArrayList<>(List.of("Council approves cycling plan", LEAD, SECOND, THIRD,
                "What our customers say"));
        for (String name : List.of("Mallory R.", "Brittany M.", "A. Rae V. B.", "Dawn H.", "Tom K.", "Jamie W")) {
            lines.add("The staff at the bicycle shop were friendly and helpful, they fixed my old bike in a day and "
                    + "the price was fair, I will certainly come back next spring with the whole family!");
            lines.add(name);
        }
        List<String> body = body(String.join("\n\n", lines));
        assertEquals(List.of(LEAD, SECOND, THIRD), body);
    }

    @Test
    void commentsHeadedByANameAndATimeOfDayEndTheArticle() {
        String comment = "I have lived on this street for thirty years and I can tell you that nobody asked us about "
                + "any of this, the lanes will take every parking space in front of the shops and the council knows it.";
        List<String> body = body(String.join("\n\n", "Council approves cycling plan", LEAD, SECOND, THIRD,
                "Mary Jones", "March 4, 2024, 9:12 pm", comment, comment, "Tom Hill", "March 4, 2024, 10:40 pm",
                comment, comment, "Ann Lee", "March 5, 2024, 7:03 am", comment, comment));
        assertEquals(List.of(LEAD, SECOND, THIRD), body);
    }

    @Test
    void aPromotionAboveALongMenuIsNotTheStartOfTheArticle() {
        List<String> lines = new ArrayList<>(List.of("Our volunteers planted four hundred trees along the river path this autumn."));
        for (String entry : List.of("Shop", "Buy gifts", "Donate items", "Find a shop", "Volunteer", "What we do",
                "Who we are", "Our research", "Our strategy", "News", "Jobs", "Find us", "Events", "Gallery",
                "Press office", "Annual report")) {
            lines.add(entry);
        }
        lines.addAll(List.of("Council approves cycling plan", LEAD, SECOND, THIRD));
        List<String> body = body(String.join("\n\n", lines));
        assertEquals(List.of(LEAD, SECOND, THIRD), body);
    }

    @Test
    void anArticlePrintedTwiceIsReadOnceButARecurringNoteIsKept() {
        String note = "Photographs are provided courtesy of the city archive and may not be reused.";
        List<String> body = body(String.join("\n\n", "Council approves cycling plan", LEAD, note, SECOND, note,
                THIRD, "Share", LEAD, SECOND, THIRD));
        assertEquals(List.of(LEAD, note, SECOND, note, THIRD), body);
    }

    @Test
    void aMenuCopiedAsOneLineIsNotProse() {
        String menu = "Overview Next Full Moon Moon Phase Calendar Monthly Moon Guide Moonrise Set Times Yearly "
                + "Calendar Holidays Best Days Calendar Planting Fishing Calendar Recipes";
        List<String> body = body(String.join("\n\n", menu, "Council approves cycling plan", LEAD, SECOND, THIRD));
        assertEquals(List.of(LEAD, SECOND, THIRD), body);
    }

    @Test
    void datedTeasersBelowTheArticleAreNotReadOn() {
        List<String> lines = new ArrayList<>(List.of("Council approves cycling plan", "March 4, 2024", LEAD, SECOND,
                THIRD));
        for (int i = 1; i <= 3; i++) {
            lines.add("Harbour news, " + i + " March 2024");
            lines.add("The harbour authority has published its plans for the coming summer season, with new moorings "
                    + "and a longer opening time for the ferry terminal on the weekends.");
        }
        List<String> body = body(String.join("\n\n", lines));
        assertEquals(List.of(LEAD, SECOND, THIRD), body);
    }

    @Test
    void aClosingHeaderPrintedUnderEveryItemOfARoundUpDoesNotEndIt() {
        List<String> lines = new ArrayList<>(List.of("The best albums of the month", LEAD));
        List<String> reviews = List.of(SECOND, THIRD, "The third record of the month is a quiet collection of "
                + "piano pieces recorded in a single night in an empty church, and it rewards patient listening.");
        for (int i = 0; i < reviews.size(); i++) {
            lines.add("Band " + (char) ('A' + i) + " – Album title");
            lines.add(reviews.get(i));
            lines.add("More on Band " + (char) ('A' + i));
        }
        List<String> body = body(String.join("\n\n", lines));
        assertTrue(body.containsAll(List.of(LEAD, SECOND, THIRD, reviews.get(2))), body.toString());
    }

    @Test
    void aRelatedBoxBetweenTwoParagraphsIsPassedOver() {
        String later = "The plan costs twelve million over five years, and the council says half of it will come "
                + "from a regional transport fund that still has to approve the request before the summer, "
                + "while the rest is to be borrowed at the low rates the city still enjoys.";
        List<String> body = body(String.join("\n\n", "Council approves cycling plan", LEAD, SECOND, "Related",
                "Bus fares rise again", later));
        assertEquals(List.of(LEAD, SECOND, later), body);
    }

    @Test
    void smallPrintForGeneralInformationOnlyIsNeverTheArticle() {
        String smallPrint = "Products and services referenced are for general information only. Always consult a "
                + "qualified advisor prior to purchasing and review the terms, conditions and exclusions of every "
                + "policy, since coverage, limits and premiums differ from one state and one insurer to another, "
                + "and nothing on this page is an offer to sell insurance in any state.";
        List<String> body = body(String.join("\n\n", "Council approves cycling plan", LEAD, "Menu", "Contact",
                "Our offices", smallPrint));
        assertEquals(List.of(LEAD), body);
    }

    @Test
    void aBylineBelowTheArticleOpensTheNextStory() {
        String next = "The harbour authority has published its plans for the coming summer season, with new moorings "
                + "and a longer opening time for the ferry terminal on the weekends.";
        List<String> body = body(String.join("\n\n", "Council approves cycling plan", "By Anna Berg", LEAD, SECOND,
                THIRD, "Harbour plans new moorings", "By Tom Hill", next));
        assertEquals(List.of(LEAD, SECOND, THIRD), body);
    }
    @Test
    void aNewsletterFormBetweenTwoParagraphsDoesNotEndTheArticleButACommentFormDoes() {
        String later = "The plan costs twelve million over five years, and the council says half of it will come "
                + "from a regional transport fund that still has to approve the request before the summer, "
                + "while the rest is to be borrowed at the low rates the city still enjoys.";
        List<String> body = body(String.join("\n\n", "Council approves cycling plan", LEAD, SECOND,
                "Get the city news in your inbox", "Email Address", "Website", "Submit", THIRD, later));
        assertTrue(body.containsAll(List.of(LEAD, SECOND, THIRD, later)), body.toString());
        assertFalse(body.contains("Submit"));
        List<String> commented = body(String.join("\n\n", "Council approves cycling plan", LEAD, SECOND, THIRD,
                "Leave a comment", "Name", "Email", "Website", "Submit", later));
        assertEquals(List.of(LEAD, SECOND, THIRD), commented);
    }

    @Test
    void longDatedTeasersBelowAWholeArticleAreNotReadOnButADatedCatalogueIs() {
        String later = "The plan costs twelve million over five years, and the council says half of it will come "
                + "from a regional transport fund that still has to approve the request before the summer, "
                + "while the rest is to be borrowed at the low rates the city still enjoys.";
        String blurb = "The harbour authority has published its plans for the coming summer season, with new moorings "
                + "for the sailing club, a longer opening time for the ferry terminal on the weekends, a new cafe "
                + "on the pier and a bus that runs every twenty minutes between the station and the old harbour.";
        List<String> lines = new ArrayList<>(List.of("Council approves cycling plan", "March 4, 2024", LEAD, SECOND,
                THIRD, later, "Blog"));
        for (int i = 1; i <= 4; i++) {
            lines.add("Harbour plans for the summer, part " + i);
            lines.add(blurb.replace("summer", "summer " + i));
            lines.add("February " + i + ", 2024");
        }
        assertEquals(List.of(LEAD, SECOND, THIRD, later), body(String.join("\n\n", lines)));

        List<String> catalogue = new ArrayList<>(List.of("Events on the coast this spring"));
        for (int i = 1; i <= 4; i++) {
            catalogue.add("April " + i + ", 2024");
            catalogue.add("Harbour festival, day " + i);
            catalogue.add(blurb.replace("summer", "summer " + i));
        }
        assertEquals(4, body(String.join("\n\n", catalogue)).stream().filter(b -> b.startsWith("The harbour")).count());
    }

    @Test
    void aDateOverAMuchLongerTextPartsItFromTheDescribedMenuAboveIt() {
        String later = "The plan costs twelve million over five years, and the council says half of it will come "
                + "from a regional transport fund that still has to approve the request before the summer, "
                + "while the rest is to be borrowed at the low rates the city still enjoys.";
        String shop = "Our shop sells bicycles, helmets, locks and lights for the whole family, with free delivery "
                + "on every order above fifty euros.";
        String club = "Our cycling club meets every Sunday morning at the old market square for a ride along "
                + "the river to the lake and back.";
        List<String> body = body(String.join("\n\n", "Shop", shop, "Club", club, "Council approves cycling plan",
                "March 4, 2024", LEAD, SECOND, THIRD, later));
        assertEquals(List.of(LEAD, SECOND, THIRD, later), body);
    }
    @Test
    void linesOfWebAddressesBetweenParagraphsAreNotAnAuthorBox() {
        String later = "The plan costs twelve million over five years, and the council says half of it will come "
                + "from a regional transport fund that still has to approve the request before the summer, "
                + "while the rest is to be borrowed at the low rates the city still enjoys.";
        List<String> body = body(String.join("\n\n", "Council approves cycling plan", LEAD, SECOND,
                "@prefix lane: <https://data.example.org/lanes#> .", "@prefix city: <https://data.example.org/city#> .",
                "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .", THIRD, later));
        assertEquals(List.of(LEAD, SECOND, THIRD, later), body);
    }
    @Test
    void aRecommendedReadingBoxOfTitlesAndNamesIsPassedOverButNotIntoAnAuthorsBox() {
        String later = "The plan costs twelve million over five years, and the council says half of it will come "
                + "from a regional transport fund that still has to approve the request before the summer, "
                + "while the rest is to be borrowed at the low rates the city still enjoys.";
        for (String header : List.of("Recommended Reading", "You May Also Like", "More on City Transport")) {
            List<String> body = body(String.join("\n\n", "Council approves cycling plan", LEAD, SECOND, header,
                    "Bus fares rise again in the spring", "Anna Berg", "The harbour gets new moorings", "Tom Hill",
                    "Why the old bridge is closing", "Ann Lee", later));
            assertEquals(List.of(LEAD, SECOND, later), body, header);
        }
        List<String> closed = body(String.join("\n\n", "Council approves cycling plan", LEAD, SECOND,
                "Related Posts:", "Bus fares rise again in the spring", "The harbour gets new moorings",
                "By Anna Berg", later));
        assertEquals(List.of(LEAD, SECOND), closed);
    }
    @Test
    void aNoteOnTheAuthorUnderTheArticleIsNotItsTextButAPlaceNamedInAListIs() {
        String bio = "Karina Cohen is the owner of a cleaning company in the city, and before that she worked for "
                + "twenty years as an executive in fashion and software.";
        List<String> body = body(String.join("\n\n", "Council approves cycling plan", LEAD, SECOND, THIRD,
                "Karina Cohen", bio));
        assertEquals(List.of(LEAD, SECOND, THIRD), body);
        String second = "Tom Hill is the city editor of the paper, where he has covered the council and the courts "
                + "since 2015.";
        assertEquals(List.of(LEAD, SECOND, THIRD), body(String.join("\n\n", "Council approves cycling plan", LEAD,
                SECOND, THIRD, "Karina Cohen", bio, "Email Karina", "Tom Hill", second)));
        String place = "Bluff Creek Ranch is one of our favourite day trips, a working cattle ranch where their "
                + "owners let cyclists ride eight miles of trail through the cedars for a small fee.";
        List<String> trails = body(String.join("\n\n", "The best trails near the city", LEAD, SECOND, THIRD,
                "Bluff Creek Ranch", place));
        assertEquals(List.of(LEAD, SECOND, THIRD, "Bluff Creek Ranch", place), trails);
    }
    @Test
    void theSmallPrintOfAFormIsNotTheArticle() {
        String consent = "By submitting this form, you authorize the city paper and its partners to contact you by "
                + "phone, text message and email about its offers, events and newsletters, at any time.";
        String validation = "This field is for validation purposes and should be left unchanged.";
        List<String> body = body(String.join("\n\n", "Council approves cycling plan", LEAD, SECOND, consent,
                validation, THIRD));
        assertEquals(List.of(LEAD, SECOND, THIRD), body);
    }
    @Test
    void captionsEndingWithTheirPicturesCreditAreLeftOut() {
        String caption = "Riders on the new lane along the river on its first morning. Credit: Jane Doe";
        String photo = "The old bridge before the works began. Photo by Tom Hill";
        String cited = "The figures come from the council's own survey of the city's cycling routes, which you "
                + "can read in full on its website.";
        List<String> body = body(String.join("\n\n", "Council approves cycling plan", LEAD, caption, SECOND, photo,
                THIRD, cited));
        assertEquals(List.of(LEAD, SECOND, THIRD, cited), body);
    }
    @Test
    void shopButtonsUnderTheItemsOfARoundUpAreNotText() {
        List<String> buttons = List.of("$32 $29 at Amazon", "+ More Info", "See it at Best Buy",
                "Price comparison from Backmarket");
        List<String> body = body(String.join("\n\n", "The best bicycle lights", LEAD, "River Lamp", buttons.get(0),
                SECOND, buttons.get(1), "Harbour Beam", buttons.get(2), buttons.get(3), THIRD));
        assertEquals(List.of(LEAD, "River Lamp", SECOND, "Harbour Beam", THIRD), body);
    }
    @Test
    void theSitesNoteOnAffiliateLinksIsNotText() {
        String note = "This article contains affiliate links that may earn us a commission at no extra cost to you.";
        List<String> body = body(String.join("\n\n", "The best bicycle lights", note, LEAD, SECOND, THIRD));
        assertEquals(List.of(LEAD, SECOND, THIRD), body);
    }
    @Test
    void aLineOfCodeThatNamesAnAddressIsNotAnAuthorBox() {
        String later = "The plan costs twelve million over five years, and the council says half of it will come "
                + "from a regional transport fund that still has to approve the request before the summer, "
                + "while the rest is to be borrowed at the low rates the city still enjoys.";
        List<String> body = body(String.join("\n\n", "Council approves cycling plan", LEAD, SECOND,
                "client.BaseAddress = new Uri(\"https://api.example.org\");", later));
        assertTrue(body.containsAll(List.of(LEAD, SECOND, later)), body.toString());
    }
}
