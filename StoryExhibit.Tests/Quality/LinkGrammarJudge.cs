using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace StoryExhibit.Tests.Quality;

/// <summary>
/// An independent judge of English grammar: Debian's link-grammar parser (<c>/usr/bin/link-parser</c>,
/// English dictionary) decides for each sentence whether it has a full parse (<c>!null=0</c>: no word
/// may be left unlinked). One batch process judges a whole list, so thousands of sentences take seconds.
/// </summary>
/// <remarks>
/// Each sentence is sent on one line with <c>!echo</c> on; link-parser echoes the line and, when there is
/// no full parse, prints "+++++ error N" after it, so failures are mapped back by the echo rather than by
/// counting. Every line is sent with one leading space: in batch mode a line starting with "!" is a
/// command, with "%" a comment and with "*" a sentence expected to fail, and the space disarms all three
/// without changing the grammar. Line breaks and other whitespace runs become one space (whitespace is
/// not grammar). Typographic double quotes (“ ”) become straight ones ("): link-grammar 5.12 rejects
/// sentences such as <c>“I smell rain!”</c> and <c>Then she had an idea: “Run.”</c> that it parses with
/// straight quotes, so typographic quotes would count the typography against the grammar. Apostrophes
/// (’) it reads like straight ones, so they are sent as written. Dialogue in single quotes fails with
/// either kind of mark; that is link-grammar's limit, and it is counted as it is.
/// </remarks>
public static partial class LinkGrammarJudge
{
    public const string ParserPath = "/usr/bin/link-parser";

    /// <summary>link-parser refuses sentences of more than 254 tokens; a sentence this long is judged not parsed without asking.</summary>
    private const int MaxWords = 200;

    public static bool IsAvailable => File.Exists(ParserPath);

    /// <summary>For each sentence, in order: true when link-grammar parses it fully.</summary>
    public static async Task<IReadOnlyList<bool>> JudgeAsync(IReadOnlyList<string> sentences, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var lines = sentences.Select(ToLine).ToArray();
        var asked = Enumerable.Range(0, lines.Length).Where(i => lines[i] is not null).ToArray();
        var verdicts = new bool[lines.Length];
        if (asked.Length == 0) return verdicts;

        using var parser = Process.Start(StartInfo()) ?? throw new InvalidOperationException("link-parser did not start.");
        parser.ErrorDataReceived += (_, _) => { }; // its informational chatter goes to stderr and is not needed
        parser.BeginErrorReadLine();
        var writing = WriteAsync(parser.StandardInput, asked.Select(i => lines[i]!), cancellationToken);

        var next = 0;       // index into asked of the next echo expected
        var current = -1;   // the sentence whose echo was read last
        var failed = new HashSet<int>();
        while (await parser.StandardOutput.ReadLineAsync(cancellationToken) is { } line)
        {
            if (next < asked.Length && line == lines[asked[next]])
            {
                current = asked[next++];
                continue;
            }
            if (current >= 0 && ErrorLine().IsMatch(line)) failed.Add(current);
        }
        await writing;
        await parser.WaitForExitAsync(cancellationToken);
        if (next != asked.Length)
            throw new InvalidOperationException($"link-parser echoed {next} of {asked.Length} sentences; the next expected was \"{lines[asked[next]]}\".");
        foreach (var i in asked) verdicts[i] = !failed.Contains(i);
        return verdicts;
    }

    /// <summary>The line sent for a sentence, or null when it is judged without asking (empty or too long).</summary>
    private static string? ToLine(string sentence)
    {
        var flat = Whitespace().Replace(sentence, " ").Trim().Replace('“', '"').Replace('”', '"');
        if (flat.Length == 0 || flat.Split(' ').Length > MaxWords) return null;
        return " " + flat;
    }

    private static ProcessStartInfo StartInfo()
    {
        var info = new ProcessStartInfo(ParserPath, ["en", "-batch"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        info.Environment["LANG"] = "C.UTF-8";
        info.Environment["LC_ALL"] = "C.UTF-8";
        return info;
    }

    private static async Task WriteAsync(StreamWriter input, IEnumerable<string> lines, CancellationToken cancellationToken)
    {
        // Only full parses count; no panic-mode fallback; no drawings; a pathological sentence gives up after 10 s.
        foreach (var setting in new[] { "!null=0", "!panic=0", "!echo=1", "!graphics=0", "!verbosity=0", "!timeout=10" })
            await input.WriteLineAsync(setting.AsMemory(), cancellationToken);
        foreach (var line in lines) await input.WriteLineAsync(line.AsMemory(), cancellationToken);
        input.Close();
    }

    [GeneratedRegex(@"\s+")] private static partial Regex Whitespace();
    [GeneratedRegex(@"^\+\+\+\+\+ error \d+$")] private static partial Regex ErrorLine();
}
