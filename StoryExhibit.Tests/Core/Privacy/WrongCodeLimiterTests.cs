using StoryExhibit.Core.Privacy;

namespace StoryExhibit.Tests.Core.Privacy;

/// <summary>Guessing story codes is slowed down per client; right codes and asking cost nothing.</summary>
public sealed class WrongCodeLimiterTests
{
    [Fact]
    public async Task Wrong_codes_are_limited_per_client_and_forgotten_once_the_window_has_passed()
    {
        using var limiter = new WrongCodeLimiter(TimeSpan.FromMilliseconds(600));
        for (var i = 0; i < 3 * WrongCodeLimiter.MaxWrongPerMinute; i++) Assert.False(limiter.IsBlocked("ip:1")); // asking uses nothing up
        for (var i = 0; i < WrongCodeLimiter.MaxWrongPerMinute; i++)
        {
            Assert.False(limiter.IsBlocked("ip:1"));
            limiter.RecordWrong("ip:1");
        }
        Assert.True(limiter.IsBlocked("ip:1"));
        Assert.False(limiter.IsBlocked("ip:2"));

        for (var i = 0; i < 100 && limiter.IsBlocked("ip:1"); i++) await Task.Delay(50);
        Assert.False(limiter.IsBlocked("ip:1"));
    }

    [Fact]
    public async Task By_default_a_client_stays_blocked_well_after_its_last_wrong_code()
    {
        using var limiter = new WrongCodeLimiter();
        for (var i = 0; i < WrongCodeLimiter.MaxWrongPerMinute; i++) limiter.RecordWrong("ip:1");

        await Task.Delay(500); // several of the limiter's own replenishment ticks
        Assert.True(limiter.IsBlocked("ip:1"));
    }
}
