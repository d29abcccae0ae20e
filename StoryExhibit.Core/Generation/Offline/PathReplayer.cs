namespace StoryExhibit.Core.Generation.Offline;

/// <summary>
/// Rebuilds the story so far from the path alone. Scenes already shown are not passed back in, so
/// each choice is recognised by its wording: the offline storyteller's own choices always start with
/// a verb of their kind, and a visitor's free text is read by the same verbs.
/// </summary>
internal static class PathReplayer
{
    public static IReadOnlyList<PathStep> Replay(IReadOnlyList<string> path)
    {
        var steps = new List<PathStep>();
        foreach (var raw in path)
        {
            var text = PromptReader.Clean(raw);
            var (kind, generated) = Classify(text);
            steps.Add(new PathStep(kind, text, !generated, steps.Count(s => s.Kind == kind)));
        }
        return steps;
    }

    public static (ChoiceKind Kind, bool Generated) Classify(string text)
    {
        foreach (var kind in Enum.GetValues<ChoiceKind>())
            if (ChoiceTemplates.Wordings(kind).Any(w => Matches(w, text)))
                return (kind, true);
        var words = PromptReader.Words(text.ToLowerInvariant());
        foreach (var word in words)
            foreach (var (kind, verbs) in Verbs)
                if (verbs.Contains(word)) return (kind, false);
        return (ChoiceKind.Wonder, false);
    }

    public static bool IsActionVerb(string word) =>
        Verbs.Any(v => v.Verbs.Contains(word.ToLowerInvariant()));

    /// <summary>Compares a wording template with a text, treating every slot as "some words".</summary>
    private static bool Matches(string wording, string text)
    {
        var pattern = "^" + System.Text.RegularExpressions.Regex.Escape(wording)
            .Replace(@"\{", "{").Replace("}", "}") + "$";
        pattern = System.Text.RegularExpressions.Regex.Replace(pattern, @"\{\w+\}", ".+");
        return System.Text.RegularExpressions.Regex.IsMatch(text, pattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase);
    }

    private static readonly (ChoiceKind Kind, string[] Verbs)[] Verbs =
    [
        (ChoiceKind.Confront, ["fight", "face", "battle", "challenge", "confront", "attack", "stand", "defeat", "charge"]),
        (ChoiceKind.Trick, ["trick", "fool", "outwit", "pretend", "disguise", "sneak", "distract", "bluff"]),
        (ChoiceKind.Talk, ["ask", "talk", "say", "tell", "call", "shout", "sing", "speak", "whisper", "greet", "write"]),
        (ChoiceKind.UseObject, ["use", "open", "show", "throw", "hold", "wave", "light", "try", "press", "read"]),
        (ChoiceKind.Follow, ["follow", "chase", "track", "trail", "after"]),
        (ChoiceKind.Watch, ["hide", "wait", "watch", "rest", "sleep", "listen", "look", "stay", "think"]),
        (ChoiceKind.Help, ["help", "give", "share", "save", "rescue", "feed", "hug", "comfort", "fix", "gift"]),
        (ChoiceKind.Explore, ["go", "run", "climb", "jump", "fly", "swim", "explore", "enter", "search", "walk", "visit", "dig", "sail", "leave", "return"]),
    ];
}
