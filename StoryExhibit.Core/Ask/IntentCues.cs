using System.Text.RegularExpressions;
using static StoryExhibit.Core.Ask.AskIntent;

namespace StoryExhibit.Core.Ask;

/// <summary>
/// A phrase that speaks for an intent, with its weight. <see cref="QuestionsOnly"/> cues count in full only in a
/// question ("the hero" asks about the story in "who is the hero?", not in "I want the hero to fly").
/// </summary>
internal sealed record IntentCue(AskIntent Intent, Regex Pattern, double Weight, bool QuestionsOnly = false);

/// <summary>The offline router's evidence: cue phrases per intent, matched on the repaired words of <see cref="AskText.Text"/>.</summary>
internal static class IntentCues
{
    private const string Science = "moon|sun|sky|planet|planets|earth|ocean|sea|space|stars?|whales?|spiders?|dinosaurs?|volcano|volcanoes|"
        + "penguins?|animals?|world|clouds?|rain|rainbows?|weather|telephone|electricity|bees?|ants?|sharks?|giraffes?|elephants?|"
        + "oceans|rocks?|trees|plants?|mountains?|rivers?|countries|country|capital|france|body|brain|heart|bones?|teeth|light|gravity";

    public static readonly IntentCue[] All =
    [
        // A picture
        Cue(Picture, 3, @" (draw|drawing|paint|painting|sketch|illustrate|doodle|portrait) "),
        Cue(Picture, 3, @" colou?r (in|me) "),
        Cue(Picture, 2.5, @" (picture|image|photo) of "),
        Cue(Picture, 2, @" (picture|image|illustration) "),
        Cue(Picture, 2, @" look(s)? like "),
        Cue(Picture, 2, @" (can i|want to|let me|could i|i would like to) see "),
        Cue(Picture, 2, @" show me (a |an |the |our |what )"),
        Cue(Picture, -1.5, @" \w+ (draw|paint) (it|that) "), // "... and then draw it": the drawing comes after the story

        // A song
        Cue(Song, 3, @" (sing|song|songs|singing|lullaby|tune|melody|rap|jingle|hum|ballad|music|anthem|serenade|karaoke) "),
        Cue(Song, 1, @" compose "),

        // Carry the story on
        Cue(ContinueStory, 3.5, @" what if "),
        Cue(ContinueStory, 3, @" what happens next | (keep going|go on|carry on|continue|next part|tell me more|more of the story) "),
        Cue(ContinueStory, 3, @" make the story "),
        Cue(ContinueStory, 2.5, @" let us | suddenly "),
        Cue(ContinueStory, 2.5, @" i (want|wish) (the|our|him|her|them|it|everyone|everybody) "),
        Cue(ContinueStory, 2, @" i wish | can we "),
        Cue(ContinueStory, 2, @"^ (make|let|have|send|bring) (the|a|an|our|him|her|them|it|everyone|everybody) "),
        Cue(ContinueStory, 2, @" (add|bring) (a|an|the|some) "),
        Cue(ContinueStory, 3, @"^ can (the|our) \w+ (be|become|have|go|get|meet|find|fly|learn|make) "),
        Cue(ContinueStory, 2, @"^ (the|a|an|our|then|next|maybe|and then) "),
        Cue(ContinueStory, 1, @" (should|could|then|maybe|in the story) "),
        Cue(ContinueStory, 1.5, @" (appears|turns into|turn into|starts|learns?) "),
        Cue(ContinueStory, 1, @" i think "),

        // A question about the story
        Cue(StoryQuestion, 3, @" what happened | what has happened | remind me | going on ", questionsOnly: true),
        Cue(StoryQuestion, 2, @" why (did|was|were|has|had) ", questionsOnly: true),
        Cue(StoryQuestion, 2, @" (the story|this story|so far|the characters|characters|the hero|our hero|the bad guy|the villain|the ending|the end) ", questionsOnly: true),
        Cue(StoryQuestion, 1.5, @" who (is|are|was|were|took|did|has|had|made|stole|found|took|lost) ", questionsOnly: true),
        Cue(StoryQuestion, 1.5, @" (where|how) (did|does|is|are|was|were) ", questionsOnly: true),
        Cue(StoryQuestion, 1.5, @" going to be | looking for | name of | take place | what is in | what did |^ did |^ (is|was|were) (the|our|he|she|they) ", questionsOnly: true),
        Cue(StoryQuestion, 1.5, @" (angry|sad|scared|crying|happy|mad|upset|afraid|nice|mean|want|wants) ", questionsOnly: true),
        Cue(StoryQuestion, 1, @" (he|she|they|him|her|them|his|their) ", questionsOnly: true),
        Cue(StoryQuestion, 1, @" (did|was|were) ", questionsOnly: true),
        Cue(StoryQuestion, 1, @" (why|what|who|where|how) (is|are|was|does|did) (the|our) ", questionsOnly: true),
        Cue(StoryQuestion, 1, @" have a name ", questionsOnly: true),

        // Research: the world
        Cue(AskIntent.Research, 2.5, @" how (far|many|much|big|tall|old|long|deep|hot|cold|fast|heavy|small|high|do|does) "),
        Cue(AskIntent.Research, 2.5, @" what (is|are) (a|an) "),
        Cue(AskIntent.Research, 3, @" what is the (biggest|smallest|fastest|slowest|tallest|largest|capital|longest|highest|oldest|deepest) "),
        Cue(AskIntent.Research, 2.5, @" (who invented|who discovered|who was the first|when did|when was|when were) "),
        Cue(AskIntent.Research, 2.5, @" (tell me about|facts about|fact about|teach me about) | facts "),
        Cue(AskIntent.Research, 2, @" (exist|exists|real|in real life) "),
        Cue(AskIntent.Research, 2, @" what (do|does) \w+ (eat|mean) | where do \w+ live | why do | made of "),
        Cue(AskIntent.Research, 2, @"^ (is|are) (a|an) | (are|is) \w+ (a|an) \w+ $"),
        Cue(AskIntent.Research, 2, $" ({Science}) ", questionsOnly: true),
        Cue(AskIntent.Research, 1, @" why (is|are) ", questionsOnly: true),
        Cue(StoryQuestion, 1, @" why (is|are) ", questionsOnly: true),

        // Not something the exhibit does
        Cue(Unsupported, 4, @" (weather|homework|youtube|minecraft|fortnite|roblox|television|tv|video|videos|alarm|email|password|selfie|photos|toilet|bathroom|translate|sandwich|pizza|joke|jokes|backflip|lights|phone) "),
        Cue(Unsupported, 4, @" (time is it|call my|text my|buy me|buy a|order a|play a game|play games|play with me|play minecraft|do my) "),
        Cue(Unsupported, 4, @" \d+ (times|plus|minus|divided by|x) \d+ "),
        Cue(Unsupported, 2, @"^ (hello|hi|hey|hiya|thanks|thank you|ok|okay|yes|no|lol|bye|goodbye|cool|wow|haha) ($|there $|you $|storyteller $)"),
    ];

    private static IntentCue Cue(AskIntent intent, double weight, string pattern, bool questionsOnly = false) =>
        new(intent, new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled), weight, questionsOnly);

    /// <summary>The first verb of a request that asks for a picture or a song outright ("draw ...", "sing ...").</summary>
    public static AskIntent? Command(AskText text) => text.Words.FirstOrDefault(w => !Politeness.Contains(w.Lower))?.Lower switch
    {
        "draw" or "paint" or "sketch" or "illustrate" or "colour" or "color" or "doodle" => Picture,
        "sing" or "hum" or "rap" => Song,
        _ => null,
    };

    private static readonly HashSet<string> Politeness = ["please", "can", "could", "would", "will", "you", "now", "just", "and", "go", "ok", "okay", "storyteller"];
}
