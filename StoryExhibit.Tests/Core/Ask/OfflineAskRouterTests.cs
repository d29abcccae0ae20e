using StoryExhibit.Core.Ask;

namespace StoryExhibit.Tests.Core.Ask;

public class OfflineAskRouterTests
{
    [Fact]
    public void The_corpus_has_at_least_150_requests_across_all_six_intents()
    {
        Assert.True(AskCorpus.All.Length >= 150, $"{AskCorpus.All.Length} requests");
        foreach (var intent in Enum.GetValues<AskIntent>())
            Assert.True(AskCorpus.All.Count(c => c.Intent == intent) >= 25, $"{intent}: too few requests");
        Assert.Equal(AskCorpus.All.Length, AskCorpus.All.Select(c => c.Request).Distinct().Count());
    }

    [Fact]
    public void Routes_at_least_90_percent_of_the_corpus_right_and_at_least_85_percent_of_each_intent()
    {
        var routed = AskCorpus.All.Select(c => (Case: c, Route: OfflineAskRouter.Route(c.Request))).ToList();
        var misses = routed.Where(r => r.Route.Intent != r.Case.Intent).Select(r => $"{r.Case} → {r.Route.Intent}").ToList();
        var share = 1 - (double)misses.Count / routed.Count;
        Assert.True(share >= 0.9, $"{share:P0} right; missed:\n{string.Join("\n", misses)}");
        foreach (var group in routed.GroupBy(r => r.Case.Intent))
        {
            var right = group.Count(r => r.Route.Intent == group.Key) / (double)group.Count();
            Assert.True(right >= 0.85, $"{group.Key}: {right:P0} right");
        }
        Assert.All(routed, r => Assert.Equal(OfflineAskRouter.Name, r.Route.DecidedBy));
    }

    [Fact]
    public void Finds_the_labelled_subjects()
    {
        var labelled = AskCorpus.All.Where(c => c.Subject is not null).ToList();
        Assert.True(labelled.Count >= 60);
        var wrong = labelled.Select(c => (c, Got: OfflineAskRouter.Route(c.Request).Subject)).Where(x => x.Got != x.c.Subject)
            .Select(x => $"{x.c.Request}: '{x.c.Subject}' but got '{x.Got}'").ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Theory]
    [InlineData("drawr a pitcher of Pip", " draw a picture of pip ")]
    [InlineData("wat hapend to the storey", " what happened to the story ")]
    [InlineData("how long do cats live", " how long do cats live ")] // "long" is not a slip of "song"
    [InlineData("a stork in a storm", " a stork in a storm ")]
    public void Reads_childrens_spellings_and_typing_slips_as_meant(string typed, string read) => Assert.Equal(read, AskText.Read(typed).Text);

    [Fact]
    public void Confidence_is_higher_for_a_plain_request_than_for_one_with_little_evidence()
    {
        var plain = OfflineAskRouter.Route("draw a picture of the dragon");
        var vague = OfflineAskRouter.Route("banana?");
        Assert.InRange(plain.Confidence, 0.5, 1);
        Assert.True(vague.Confidence < plain.Confidence);
    }

    [Fact]
    public async Task Keeps_names_as_typed_and_honours_cancellation()
    {
        var route = await new OfflineAskRouter().RouteAsync("Sing me a lullaby for Pip", CancellationToken.None);
        Assert.Equal(new AskRoute(AskIntent.Song, "Pip", route.Confidence, "offline"), route);
        await Assert.ThrowsAsync<OperationCanceledException>(() => new OfflineAskRouter().RouteAsync("sing", new CancellationToken(true)));
    }
}
