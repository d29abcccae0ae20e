using StoryExhibit.Core.Ask.Research;
using StoryExhibit.Core.Generation.Songs;
using System.Diagnostics;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using StoryExhibit.Core.Exhibit;
using StoryExhibit.Core.Generation;
using StoryExhibit.Core.Moderation;
using StoryExhibit.Core.Stories;
using StoryExhibit.Core.Text;

namespace StoryExhibit.Core.Ask;

/// <summary>
/// The "Ask the Storyteller" chat of one visitor's circuit, kept out of the components: the recent exchanges, the story
/// as context, one reply streaming at a time. A request is checked by moderation first (a refused one is not sent: the
/// box keeps it, with <see cref="Refusal"/>), routed through the kernel's router, and answered by the capability its
/// intent names (AskSession.Replies.cs). Components re-render the list on <see cref="Changed"/> and only the streaming
/// reply on <see cref="ReplyChanged"/>.
/// </summary>
public sealed partial class AskSession(
    Kernel kernel, CurrentStoryteller storyteller, VisitorTextGuard guard, ContentModerator moderator, AskPictures pictures,
    IOptionsMonitor<ExhibitOptions> exhibit, ISongMaker songs, IResearchAnswerer research, ILogger<AskSession> log) : IDisposable
{
    /// <summary>Exchanges kept on screen; older ones scroll away.</summary>
    public const int MaxExchanges = 20;
    /// <summary>Exchanges a model sees as the conversation so far.</summary>
    public const int RememberedExchanges = 6;
    public const int MaxRequestLength = 300;

    private readonly List<AskExchange> _exchanges = [];
    private readonly CancellationTokenSource _circuit = new();
    private CancellationTokenSource? _replying;
    private long _lastRender;

    public IReadOnlyList<AskExchange> Exchanges => _exchanges;
    public AskStory? Story { get; private set; }
    /// <summary>The story's ids, for a song that belongs to it.</summary>
    public Guid? StoryId { get; private set; }
    public bool IsBusy => _replying is not null;
    /// <summary>Why the last request was not sent (it does not fit the story); shown at the box, whose text stays.</summary>
    public string? Refusal { get; private set; }
    /// <summary>The reply being written, until it is done.</summary>
    public Task Running { get; private set; } = Task.CompletedTask;
    /// <summary>Takes a story request as the visitor's own choice on the story page; returns why it could not, or null.</summary>
    public Func<string, Task<string?>>? TakePath { get; set; }
    /// <summary>Makes a chat picture the picture of the scene on the story page; returns why it could not, or null.</summary>
    public Func<AskPicture, Task<string?>>? AddPicture { get; set; }
    /// <summary>Time between two words of a reply written without a model, so it reads as it is told.</summary>
    public TimeSpan WordPace { get; set; } = TimeSpan.FromMilliseconds(20);

    public event Action? Changed;
    public event Action? ReplyChanged;

    /// <summary>The story the chat is about (its path as read now), or null on the standalone page.</summary>
    public void UseStory(Story? story, IEnumerable<Scene> path)
    {
        Story = story is null ? null : AskStory.From(story, path) with { Seed = exhibit.CurrentValue.Content.Apply(story.Seed) };
        StoryId = story?.Id;
    }

    private (Audience Audience, ContentRating Rating) Limits => Story is { } s
        ? (s.Seed.Audience, s.Seed.Rating)
        : (Audience.Children, ContentRating.Gentle);

    /// <summary>Sends a request: false (and nothing sent) when it is empty, too long, refused, or a reply is still being written.</summary>
    public async Task<bool> SendAsync(string text)
    {
        Refusal = null;
        text = FreeText.Normalize(text);
        if (text.Length == 0 || IsBusy) return false;
        if (text.Length > MaxRequestLength)
        {
            Refusal = $"That is a long one! Please ask in fewer words (at most {MaxRequestLength} letters).";
            Changed?.Invoke();
            return false;
        }
        var (audience, rating) = Limits;
        if (await guard.CheckAsync(VisitorTextField.AskRequest, text, rating, audience, null, _circuit.Token) is { } refusal)
        {
            Refusal = refusal;
            Changed?.Invoke();
            return false;
        }
        var exchange = new AskExchange(text);
        _exchanges.Add(exchange);
        if (_exchanges.Count > MaxExchanges) _exchanges.RemoveAt(0);
        _replying = CancellationTokenSource.CreateLinkedTokenSource(_circuit.Token);
        Changed?.Invoke();
        Running = ReplyAsync(exchange, _replying.Token);
        return true;
    }

    /// <summary>Stops the reply being written; what it said so far stays.</summary>
    public void Stop() => _replying?.Cancel();

    /// <summary>Takes the choice a story request became, through the story page's own-choice path.</summary>
    public async Task TakePathAsync(AskExchange exchange)
    {
        if (exchange.Choice is not { } choice || exchange.ChoiceTaken || TakePath is null) return;
        exchange.ChoiceProblem = await TakePath(choice);
        exchange.ChoiceTaken = exchange.ChoiceProblem is null;
        Changed?.Invoke();
    }

    /// <summary>Adds the picture painted for the exchange to the story, as the picture of the scene being read.</summary>
    public async Task AddPictureAsync(AskExchange exchange)
    {
        if (exchange.Picture is not { } picture || exchange.PictureAdded || AddPicture is null) return;
        exchange.PictureProblem = await AddPicture(picture);
        exchange.PictureAdded = exchange.PictureProblem is null;
        Changed?.Invoke();
    }

    private async Task ReplyAsync(AskExchange exchange, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            exchange.Route = await kernel.RouteRequestAsync(exchange.Request, ct);
            log.LogInformation("Ask routed to {Intent} by {DecidedBy} ({Confidence:0.00})", exchange.Route.Intent, exchange.Route.DecidedBy, exchange.Route.Confidence);
            Changed?.Invoke();
            await foreach (var fragment in RepliesFor(exchange, ct).WithCancellation(ct))
            {
                if (fragment.Length == 0) continue;
                exchange.FirstWordAfter ??= Stopwatch.GetElapsedTime(started);
                exchange.Reply += fragment;
                Render(force: exchange.Reply.Length == fragment.Length);
            }
            if (exchange.FromModel && !moderator.CheckOffline(exchange.Reply, Limits.Rating, Limits.Audience).Allowed)
            {
                log.LogWarning("A model's chat reply did not fit the story's rating and was replaced");
                exchange.Reply = AskReplies.ModelRefused;
            }
            exchange.State = AskReplyState.Done;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            exchange.State = AskReplyState.Stopped;
            if (exchange.Reply.Length == 0) exchange.Reply = AskReplies.NotTaken;
        }
        catch (Exception ex)
        {
            log.LogWarning(ex, "A chat reply failed ({Intent})", exchange.Route?.Intent);
            exchange.State = AskReplyState.Failed;
            exchange.Reply += (exchange.Reply.Length > 0 ? " " : "") + (ex is GenerationException g ? g.Message : AskReplies.AnswerFailed);
        }
        finally
        {
            if (exchange.FirstWordAfter is { } first) log.LogInformation("First word of a chat reply after {FirstWordMs:0} ms", first.TotalMilliseconds);
            var replying = _replying;
            _replying = null;
            replying?.Dispose();
            Changed?.Invoke();
        }
    }

    /// <summary>Re-renders the streaming reply at most every 40 ms; its first words at once.</summary>
    private void Render(bool force)
    {
        var now = Stopwatch.GetTimestamp();
        if (!force && Stopwatch.GetElapsedTime(_lastRender, now) < TimeSpan.FromMilliseconds(40)) return;
        _lastRender = now;
        ReplyChanged?.Invoke();
    }

    /// <summary>The earlier exchanges as a conversation, for a model.</summary>
    private IEnumerable<ChatMessage> History(AskExchange current) => _exchanges
        .Where(e => e != current && e.State == AskReplyState.Done).TakeLast(RememberedExchanges)
        .SelectMany(e => new[] { new ChatMessage(ChatRole.User, e.Request), new ChatMessage(ChatRole.Assistant, e.Reply) });

    public void Dispose()
    {
        _circuit.Cancel();
        _circuit.Dispose();
    }
}
