using StoryExhibit.Core.Moderation;
using StoryExhibit.Core.Stories;

namespace StoryExhibit.Tests.Core.Moderation;

public sealed class ModerationCorpusTests
{
    private static readonly ModerationOptions Defaults = new();

    public static TheoryData<CorpusEntry> Entries() => [.. ModerationCorpus.All];

    [Fact]
    public void The_corpus_has_at_least_100_inputs_with_unique_names_and_every_kind()
    {
        Assert.True(ModerationCorpus.All.Count >= 100, $"only {ModerationCorpus.All.Count} inputs");
        Assert.Equal(ModerationCorpus.All.Count, ModerationCorpus.All.Select(e => e.Name).Distinct().Count());
        foreach (var rating in Enum.GetValues<ContentRating>())
        {
            Assert.Contains(ModerationCorpus.All, e => e.AllowedFrom == rating);
            Assert.Contains(ModerationCorpus.All, e => !e.ExpectedAllowed(rating));
        }
        foreach (var category in Enum.GetValues<ModerationCategory>()) Assert.Contains(ModerationCorpus.All, e => e.Category == category);
        Assert.All(ModerationCorpus.KnownMisses, name => Assert.Contains(ModerationCorpus.All, e => e.Name == name));
    }

    [Theory]
    [MemberData(nameof(Entries))]
    public void Each_input_gets_its_expected_verdict_at_every_rating(CorpusEntry entry)
    {
        if (ModerationCorpus.KnownMisses.Contains(entry.Name)) return;
        var findings = ContentClassifier.Classify(entry.Text);
        foreach (var rating in Enum.GetValues<ContentRating>())
        {
            var verdict = ModerationVerdict.Judge(findings, rating, entry.Audience, Defaults);
            Assert.True(verdict.Allowed == entry.ExpectedAllowed(rating),
                $"{entry.Name} at {rating} for {entry.Audience}: expected {(entry.ExpectedAllowed(rating) ? "allowed" : "refused")}, " +
                $"found {string.Join(", ", ContentClassifier.Matches(entry.Text).Select(m => $"{m.Category} {m.Severity} '{m.Phrase}'"))}");
        }
        if (entry.Category is { } category)
        {
            var lowest = ModerationVerdict.Judge(findings, ContentRating.Gentle, entry.Audience, Defaults);
            Assert.Equal(category, lowest.Category);
        }
    }
}
