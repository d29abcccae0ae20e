using StoryExhibit.Core.Privacy;

namespace StoryExhibit.Tests.Core.Privacy;

/// <summary>Guessing story codes is slowed down per browser, with a ceiling per network; right codes and asking cost nothing.</summary>
public sealed class WrongCodeLimiterTests
{
    private static readonly CodeClient Visitor = new("browser:aaa", "10.0.0.7");
    private static readonly CodeClient Neighbour = new("browser:bbb", "10.0.0.7"); // same museum Wi-Fi

    [Fact]
    public void A_browser_is_paused_after_its_wrong_codes_until_the_oldest_is_a_window_old()
    {
        var clock = new ManualClock(DateTimeOffset.Parse("2026-11-29T10:00:00Z"));
        var limiter = new WrongCodeLimiter(clock);
        for (var i = 0; i < 3 * WrongCodeLimiter.MaxWrongPerBrowser; i++) Assert.Null(limiter.WaitBeforeNextTry(Visitor)); // asking uses nothing up
        for (var i = 0; i < WrongCodeLimiter.MaxWrongPerBrowser; i++)
        {
            Assert.Null(limiter.WaitBeforeNextTry(Visitor));
            limiter.RecordWrong(Visitor);
            clock.Now += TimeSpan.FromSeconds(2);
        }
        // The first wrong code was 10 s ago: the pause lasts until it is a minute old.
        Assert.Equal(TimeSpan.FromSeconds(50), limiter.WaitBeforeNextTry(Visitor));
        Assert.Null(limiter.WaitBeforeNextTry(Neighbour));

        clock.Now += TimeSpan.FromSeconds(49);
        Assert.Equal(TimeSpan.FromSeconds(1), limiter.WaitBeforeNextTry(Visitor));
        clock.Now += TimeSpan.FromSeconds(1);
        Assert.Null(limiter.WaitBeforeNextTry(Visitor));
    }

    [Fact]
    public void One_browser_paused_never_pauses_another_on_the_same_network()
    {
        var limiter = new WrongCodeLimiter(new ManualClock(DateTimeOffset.Parse("2026-11-29T10:00:00Z")));
        // Keeps trying while paused: as in the app, a code tried while paused is not looked up, so it is not counted.
        for (var i = 0; i < 10 * WrongCodeLimiter.MaxWrongPerBrowser; i++)
            if (limiter.WaitBeforeNextTry(Visitor) is null) limiter.RecordWrong(Visitor);
        Assert.NotNull(limiter.WaitBeforeNextTry(Visitor));
        Assert.Null(limiter.WaitBeforeNextTry(Neighbour));
    }

    [Fact]
    public void A_guesser_who_drops_their_cookie_each_time_meets_the_network_ceiling()
    {
        var clock = new ManualClock(DateTimeOffset.Parse("2026-11-29T10:00:00Z"));
        var limiter = new WrongCodeLimiter(clock);
        for (var i = 0; i < WrongCodeLimiter.MaxWrongPerNetwork; i++)
        {
            var fresh = new CodeClient($"browser:fresh-{i}", "203.0.113.9");
            Assert.Null(limiter.WaitBeforeNextTry(fresh));
            limiter.RecordWrong(fresh);
        }
        Assert.NotNull(limiter.WaitBeforeNextTry(new CodeClient("browser:another", "203.0.113.9")));
        Assert.Null(limiter.WaitBeforeNextTry(new CodeClient("browser:another", "203.0.113.10")));

        clock.Now += WrongCodeLimiter.Window;
        Assert.Null(limiter.WaitBeforeNextTry(new CodeClient("browser:another", "203.0.113.9")));
    }

    [Fact]
    public void The_network_ceiling_leaves_room_for_several_paused_browsers()
        => Assert.True(WrongCodeLimiter.MaxWrongPerNetwork >= 5 * WrongCodeLimiter.MaxWrongPerBrowser);

    [Fact]
    public void Old_short_codes_have_a_tighter_ceiling_per_network_that_pauses_only_short_codes()
    {
        var clock = new ManualClock(DateTimeOffset.Parse("2026-11-29T10:00:00Z"));
        var limiter = new WrongCodeLimiter(clock);
        for (var i = 0; i < WrongCodeLimiter.MaxWrongShortPerNetwork; i++)
        {
            var fresh = new CodeClient($"browser:short-{i}", "198.51.100.4");
            Assert.Null(limiter.WaitBeforeNextTry(fresh, shortCode: true));
            limiter.RecordWrong(fresh, shortCode: true);
            clock.Now += TimeSpan.FromMinutes(1);
        }
        var next = new CodeClient("browser:next", "198.51.100.4");
        Assert.Equal(TimeSpan.FromMinutes(50), limiter.WaitBeforeNextTry(next, shortCode: true));
        Assert.Null(limiter.WaitBeforeNextTry(next)); // codes of the new shape are still tried
        Assert.Null(limiter.WaitBeforeNextTry(new CodeClient("browser:next", "198.51.100.5"), shortCode: true));
    }
}
