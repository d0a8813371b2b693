using System.Diagnostics;

namespace E2E.Core.Browser;

/// <summary>
/// On a fresh Debian/Ubuntu machine where we are root and no browser exists, installs the distribution's chromium,
/// so the README's two commands need no manual set-up. Anywhere else it only explains what to install.
/// </summary>
public static class SystemChromiumInstaller
{
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    public static async Task<string> EnsureInstalledAsync()
    {
        await OneAtATime.WaitAsync();
        try
        {
            if (SystemChromiumLocator.Find() is { } existing) return existing;
            if (!CanInstall())
                throw new InvalidOperationException(
                    "Hittar ingen webbläsare: varken Playwrights egen Chromium eller chromium/chromium-browser/google-chrome " +
                    "på PATH. Installera en, t.ex. 'apt-get install chromium' (Debian) eller Playwrights egen med 'playwright install chromium'.");

            Console.WriteLine("Ingen webbläsare hittades; installerar Debians chromium med apt-get (en gång) …");
            // Two test processes may get here at once: wait for apt's lock instead of failing on it.
            await RunAsync("apt-get", "-o", "DPkg::Lock::Timeout=300", "update", "-qq");
            await RunAsync("apt-get", "-o", "DPkg::Lock::Timeout=300", "install", "-y", "-qq", "chromium");
            return SystemChromiumLocator.Find()
                ?? throw new InvalidOperationException("apt-get installerade chromium men den finns inte på PATH.");
        }
        finally
        {
            OneAtATime.Release();
        }
    }

    private static bool CanInstall() =>
        OperatingSystem.IsLinux() && Environment.UserName == "root" && File.Exists("/usr/bin/apt-get");

    private static async Task RunAsync(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        await output;
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"'{file} {string.Join(' ', args)}' misslyckades (slutkod {process.ExitCode}): {errors}");
    }
}
