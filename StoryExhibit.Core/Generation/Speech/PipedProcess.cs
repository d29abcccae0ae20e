using System.ComponentModel;
using System.Diagnostics;

namespace StoryExhibit.Core.Generation.Speech;

/// <summary>
/// Runs a command-line audio tool with its input on stdin and its output read from stdout: never through a shell, so
/// nothing in the input can become a command. A cancelled or overdue process is killed. A process may be started
/// before it is given its input (<see cref="Start"/>), so its caller knows its id while it runs.
/// </summary>
public sealed class PipedProcess : IDisposable
{
    private const int MaxOutputBytes = 64 * 1024 * 1024;

    private readonly Process _process;
    private readonly string _tool;

    private PipedProcess(Process process, string tool) => (_process, _tool) = (process, tool);

    /// <summary>Starts the tool, which then waits for its input; dispose it to kill it if it is never used.</summary>
    public static PipedProcess Start(string executable, IEnumerable<string> args, string tool)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        foreach (var a in args) start.ArgumentList.Add(a);

        var process = new Process { StartInfo = start };
        try
        {
            if (!process.Start()) throw new GenerationException(tool, $"{tool} could not be started.");
        }
        catch (Win32Exception ex)
        {
            process.Dispose();
            throw new GenerationException(tool, $"{tool} is not installed: run scripts/setup.sh", ex);
        }
        catch
        {
            process.Dispose();
            throw;
        }
        return new PipedProcess(process, tool);
    }

    /// <summary>Starts the tool, gives it its input and returns its stdout.</summary>
    public static async Task<byte[]> RunAsync(string executable, IEnumerable<string> args, ReadOnlyMemory<byte> stdin, string tool, TimeSpan timeout, CancellationToken ct)
    {
        using var process = Start(executable, args, tool);
        return await process.RunAsync(stdin, timeout, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Gives the started tool its input and returns its stdout. Failures surface as <see cref="GenerationException"/>
    /// naming the tool, the caller's cancellation as <see cref="OperationCanceledException"/>.
    /// </summary>
    public async Task<byte[]> RunAsync(ReadOnlyMemory<byte> stdin, TimeSpan timeout, CancellationToken ct)
    {
        var (process, tool) = (_process, _tool);
        using var overdue = new CancellationTokenSource(timeout);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, overdue.Token);
        await using var kill = linked.Token.Register(() => Kill(process));
        try
        {
            var output = ReadAllAsync(process.StandardOutput.BaseStream, tool, linked.Token);
            var errors = process.StandardError.ReadToEndAsync(linked.Token);
            await using (var input = process.StandardInput.BaseStream)
            {
                try
                {
                    await input.WriteAsync(stdin, linked.Token).ConfigureAwait(false);
                    await input.FlushAsync(linked.Token).ConfigureAwait(false);
                }
                catch (IOException) { /* exited early; its exit code and stderr tell why */ }
            }
            var bytes = await output.ConfigureAwait(false);
            var stderr = await errors.ConfigureAwait(false);
            await process.WaitForExitAsync(linked.Token).ConfigureAwait(false);
            if (process.ExitCode != 0)
            {
                var detail = stderr.Trim();
                throw new GenerationException(tool, $"{tool} could not make this audio.", detail: detail.Length > 0
                    ? $"{tool} failed: {Shorten(detail)}"
                    : $"{tool} failed (exit code {process.ExitCode}).");
            }
            return bytes;
        }
        catch (Exception ex) when (ex is OperationCanceledException && ct.IsCancellationRequested)
        {
            throw new OperationCanceledException("The caller cancelled.", ex, ct);
        }
        catch (Exception ex) when (ex is OperationCanceledException && overdue.IsCancellationRequested)
        {
            throw new GenerationException(tool, $"{tool} took too long.", ex);
        }
        catch (Exception ex) when (ex is not (GenerationException or OperationCanceledException))
        {
            throw new GenerationException(tool, $"{tool} failed unexpectedly.", ex);
        }
        finally
        {
            Kill(process);
        }
    }

    /// <summary>The operating system's id of the process, so a caller can tell its own processes apart.</summary>
    public int ProcessId => _process.Id;

    public void Dispose()
    {
        Kill(_process);
        _process.Dispose();
    }

    private static async Task<byte[]> ReadAllAsync(Stream stream, string tool, CancellationToken ct)
    {
        using var memory = new MemoryStream();
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(buffer, ct).ConfigureAwait(false)) > 0)
        {
            if (memory.Length + read > MaxOutputBytes) throw new GenerationException(tool, $"{tool} produced far too much audio.");
            memory.Write(buffer, 0, read);
        }
        return memory.ToArray();
    }

    /// <remarks>
    /// Only the process itself: the tools run here (espeak-ng, ffmpeg, festival's text2wave script) start no children.
    /// Killing a whole process tree reads every process on the machine first, which made stopping a narration (a few
    /// tools at once, each killed by its cancellation and again on its way out) take seconds on a busy machine.
    /// </remarks>
    private static void Kill(Process process)
    {
        try
        {
            if (!process.HasExited) process.Kill();
        }
        catch (Exception ex) when (ex is InvalidOperationException or Win32Exception or NotSupportedException) { /* already gone */ }
    }

    private static string Shorten(string s) => s.Length <= 200 ? s : s[..200] + "…";
}
