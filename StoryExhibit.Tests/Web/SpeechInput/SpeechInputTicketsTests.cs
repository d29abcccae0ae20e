using StoryExhibit.Core.Moderation;
using StoryExhibit.Web.SpeechInput;

namespace StoryExhibit.Tests.Web.SpeechInput;

public sealed class SpeechInputTicketsTests
{
    private static readonly SpeechInputContext OwnChoice = new(VisitorTextField.OwnChoice, null);

    [Fact]
    public void A_ticket_uploads_one_recording_from_its_own_browser_only()
    {
        var tickets = new SpeechInputTickets();
        var ticket = tickets.Issue("browser:a", OwnChoice);

        Assert.Null(tickets.Redeem(ticket, "browser:b"));
        var other = tickets.Issue("browser:a", OwnChoice);
        Assert.Same(OwnChoice, tickets.Redeem(other, "browser:a"));
        Assert.Null(tickets.Redeem(other, "browser:a"));
        Assert.Null(tickets.Redeem("", "browser:a"));
        Assert.Null(tickets.Redeem(null, "browser:a"));
    }

    [Fact]
    public void A_ticket_expires()
    {
        var clock = new SteppedClock();
        var tickets = new SpeechInputTickets(clock);
        var ticket = tickets.Issue("browser:a", OwnChoice);
        clock.Now += SpeechInputTickets.Lifetime + TimeSpan.FromSeconds(1);
        Assert.Null(tickets.Redeem(ticket, "browser:a"));
    }

    private sealed class SteppedClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 11, 30, 10, 0, 0, TimeSpan.Zero);
        public override DateTimeOffset GetUtcNow() => Now;
    }
}
