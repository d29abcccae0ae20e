using Microsoft.Extensions.Options;

namespace StoryExhibit.Web.Auth;

/// <summary>
/// Slows password guessing down without letting anyone lock an account. Wrong passwords are counted per user name
/// and client (the address the attempt comes from), and per client across every name: after a few free tries each
/// further try must wait, the wait doubling with each failure up to <see cref="StaffOptions.MaxSignInDelay"/>. Someone
/// guessing at the admin's name from one place therefore slows only themselves; the admin signing in from anywhere
/// else is never kept out. Unknown and existing names are counted alike, so a wait says nothing about which exist.
/// Held in memory: a restart forgets it (the waits are short, and password hashing keeps each try slow anyway).
/// </summary>
public sealed class SignInThrottle(IOptionsMonitor<StaffOptions> options, TimeProvider clock)
{
    /// <summary>Beyond this many remembered clients and names, the oldest are forgotten first.</summary>
    public const int MaxRemembered = 50_000;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Failures> _failures = new(StringComparer.Ordinal);

    private sealed class Failures
    {
        public int Count;
        public DateTime LastUtc;
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>How long this client must wait before trying <paramref name="userName"/> again; zero when it may try now.</summary>
    public TimeSpan WaitBefore(string userName, string client)
    {
        var o = options.CurrentValue;
        lock (_gate)
        {
            var now = Now;
            var pair = Wait(PairKey(userName, client), o.FreeSignInFailures, now);
            var any = Wait(ClientKey(client), o.FreeClientSignInFailures, now);
            return pair > any ? pair : any;
        }
    }

    /// <summary>The longest wait anyone has before trying <paramref name="userName"/> again (for the accounts page).</summary>
    public TimeSpan LongestWait(string userName)
    {
        var o = options.CurrentValue;
        var prefix = PairKey(userName, "");
        lock (_gate)
        {
            var now = Now;
            return _failures.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal))
                .Select(k => Wait(k, o.FreeSignInFailures, now)).DefaultIfEmpty(TimeSpan.Zero).Max();
        }
    }

    public void Failed(string userName, string client)
    {
        lock (_gate)
        {
            var now = Now;
            if (_failures.Count >= MaxRemembered) ForgetOld(now);
            foreach (var key in new[] { PairKey(userName, client), ClientKey(client) })
            {
                if (!_failures.TryGetValue(key, out var failures) || Forgotten(failures, now)) _failures[key] = failures = new Failures();
                failures.Count++;
                failures.LastUtc = now;
            }
        }
    }

    /// <summary>A right password from this client: its tries at this name start afresh (its tries at other names still count).</summary>
    public void Succeeded(string userName, string client)
    {
        lock (_gate) _failures.Remove(PairKey(userName, client));
    }

    /// <summary>An admin lets <paramref name="userName"/> be tried again at once from everywhere.</summary>
    public void Forget(string userName)
    {
        var prefix = PairKey(userName, "");
        lock (_gate)
            foreach (var key in _failures.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).ToList()) _failures.Remove(key);
    }

    private TimeSpan Wait(string key, int free, DateTime now)
    {
        if (!_failures.TryGetValue(key, out var failures) || Forgotten(failures, now) || failures.Count <= free) return TimeSpan.Zero;
        var o = options.CurrentValue;
        var doublings = Math.Min(failures.Count - free - 1, 30);
        var delay = TimeSpan.FromTicks(Math.Min(o.FirstSignInDelay.Ticks * (1L << doublings), o.MaxSignInDelay.Ticks));
        var until = failures.LastUtc + delay;
        return until > now ? until - now : TimeSpan.Zero;
    }

    /// <summary>Failures are forgotten an hour after the longest wait has passed with no new one.</summary>
    private bool Forgotten(Failures failures, DateTime now) => now - failures.LastUtc > options.CurrentValue.MaxSignInDelay + TimeSpan.FromHours(1);

    private void ForgetOld(DateTime now)
    {
        foreach (var key in _failures.Where(f => Forgotten(f.Value, now)).Select(f => f.Key).ToList()) _failures.Remove(key);
        if (_failures.Count < MaxRemembered) return;
        foreach (var key in _failures.OrderBy(f => f.Value.LastUtc).Take(_failures.Count / 2).Select(f => f.Key).ToList()) _failures.Remove(key);
    }

    private static string PairKey(string userName, string client) => $"name:{StaffAccounts.NormalizeUserName(userName)}\n{client}";
    private static string ClientKey(string client) => "client:" + client;
}
