using System.Security.Claims;
using E2E.Tenants.Integration.Contracts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace E2E.Tenants.Integration.Hosting;

/// <summary>
/// Simulated e-ID login: the user picks an identity and staff assignment, no password. Both tenants run on
/// 127.0.0.1 where cookies ignore the port, so each tenant names its cookies after itself.
/// </summary>
public static class DemoIdentity
{
    private const string UnitHsaIdClaim = "enhet_hsaid";
    private const string UnitNameClaim = "enhet_namn";

    public static IServiceCollection AddDemoLogin(this IServiceCollection services, string cookiePrefix)
    {
        services.AddAntiforgery(o => o.Cookie.Name = $".{cookiePrefix}.Antiforgery");
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(o =>
        {
            o.Cookie.Name = $".{cookiePrefix}.Inloggning";
            o.LoginPath = "/logga-in";
            o.LogoutPath = "/logga-ut";
            o.AccessDeniedPath = "/logga-in";
        });
        services.AddAuthorization();
        return services;
    }

    public static Task SignInAsync(HttpContext http, DemoUserDto user)
    {
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Claim(ClaimTypes.Name, user.Namn),
                new Claim(ClaimTypes.Role, user.Roll),
                new Claim(UnitHsaIdClaim, user.EnhetHsaId),
                new Claim(UnitNameClaim, user.EnhetNamn),
            ],
            CookieAuthenticationDefaults.AuthenticationScheme);
        return http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
    }

    public static Task SignOutAsync(HttpContext http) => http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);

    public static string UnitHsaId(this ClaimsPrincipal user) => user.FindFirstValue(UnitHsaIdClaim) ?? string.Empty;
    public static string UnitName(this ClaimsPrincipal user) => user.FindFirstValue(UnitNameClaim) ?? string.Empty;
    public static string DisplayName(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.Name) ?? string.Empty;
    public static string RoleName(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.Role) ?? string.Empty;
}
