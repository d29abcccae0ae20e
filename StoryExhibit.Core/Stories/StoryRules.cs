using StoryExhibit.Core.Text;

namespace StoryExhibit.Core.Stories;

/// <summary>What a visitor's input must satisfy, with messages written for them. Forms and the engine share it.</summary>
public static class StoryRules
{
    /// <summary>The seed as it is checked and kept: every text normalised (<see cref="FreeText"/>), blank story elements gone.</summary>
    public static StorySeed Normalize(StorySeed seed) => seed with
    {
        Prompt = FreeText.Normalize(seed.Prompt, FreeTextKind.MultiLine),
        Characters = [.. seed.Characters.Select(c => FreeText.Normalize(c)).Where(c => c.Length > 0)],
        Place = NullIfEmpty(FreeText.Normalize(seed.Place)),
        StoryObject = NullIfEmpty(FreeText.Normalize(seed.StoryObject)),
    };

    /// <summary>A visitor's own choice as it is checked and kept.</summary>
    public static string NormalizeChoice(string? text) => FreeText.Normalize(text);

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    /// <summary>Problems with a seed once normalised, keyed by the field they concern; empty when the seed is fine.</summary>
    public static IReadOnlyList<(string Field, string Message)> Check(StorySeed seed)
    {
        seed = Normalize(seed);
        var problems = new List<(string, string)>();
        var prompt = seed.Prompt;
        if (prompt.Length == 0) problems.Add((nameof(seed.Prompt), "Tell the storyteller what your story is about."));
        else if (prompt.Length < StoryLimits.PromptMin) problems.Add((nameof(seed.Prompt), $"Give the storyteller a few more words (at least {StoryLimits.PromptMin} letters)."));
        else if (prompt.Length > StoryLimits.PromptMax) problems.Add((nameof(seed.Prompt), $"That is a lot! Keep the idea under {StoryLimits.PromptMax} characters (now {prompt.Length})."));
        if (!Genres.All.Contains(seed.Genre)) problems.Add((nameof(seed.Genre), "Pick one of the genres."));
        if (seed.Characters.Count > StoryLimits.MaxCharacters) problems.Add((nameof(seed.Characters), $"Up to {StoryLimits.MaxCharacters} characters, please."));
        foreach (var name in seed.Characters.Where(c => c.Length > StoryLimits.ElementMax))
            problems.Add((nameof(seed.Characters), $"The name \"{name[..20]}...\" is too long (at most {StoryLimits.ElementMax} characters)."));
        if (seed.Place?.Length > StoryLimits.ElementMax) problems.Add((nameof(seed.Place), $"Keep the place under {StoryLimits.ElementMax} characters."));
        if (seed.StoryObject?.Length > StoryLimits.ElementMax) problems.Add((nameof(seed.StoryObject), $"Keep the object under {StoryLimits.ElementMax} characters."));
        if (seed.Length is < StoryLimits.LengthMin or > StoryLimits.LengthMax) problems.Add((nameof(seed.Length), $"A story has {StoryLimits.LengthMin} to {StoryLimits.LengthMax} scenes."));
        return problems;
    }

    /// <summary>The message for a visitor's own "something else..." choice once normalised, or null when it is fine.</summary>
    public static string? CheckCustomChoice(string? text)
    {
        var trimmed = NormalizeChoice(text);
        if (trimmed.Length < StoryLimits.ChoiceMin) return "Write what should happen next (a few words).";
        if (trimmed.Length > StoryLimits.ChoiceMax) return $"Keep it under {StoryLimits.ChoiceMax} characters (now {trimmed.Length}).";
        return null;
    }

    /// <summary>A title from the visitor's idea: its first clause, capitalised, at most 60 characters.</summary>
    public static string TitleFor(StorySeed seed)
    {
        var idea = seed.Prompt.Trim().Split(['.', '!', '?', '\n', ';'], 2)[0].Trim();
        if (idea.Length > 60)
        {
            var cut = idea.LastIndexOf(' ', 57);
            idea = idea[..(cut < 20 ? 57 : cut)].TrimEnd(',', ' ') + "...";
        }
        return idea.Length == 0 ? seed.Genre : char.ToUpperInvariant(idea[0]) + idea[1..];
    }
}
