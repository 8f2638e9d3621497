from allauth.account.decorators import secure_admin_login
from django.contrib import admin
from django.shortcuts import redirect
from django.urls import include, path

from leernetwerk import views

# The admin logs in through allauth's login, so its rate limits protect the admin too.
admin.site.login = secure_admin_login(admin.site.login)
# One password-change form for everyone: allauth's, which limits the tries per account.
admin.site.password_change = lambda request, extra_context=None: redirect("account_change_password")
admin.site.site_header = "Leernetwerk beheer"
admin.site.site_title = "Leernetwerk beheer"
admin.site.index_title = "Beheer van het portaal"
admin.site.site_url = "/"

urlpatterns = [
    path("", views.home, name="home"),
    path("healthz", views.healthz, name="healthz"),
    path("robots.txt", views.robots_txt, name="robots"),
    path("sitemap.xml", views.sitemap, name="sitemap"),
    path("favicon.ico", views.favicon, name="favicon"),
    path("contact/", views.contact, name="contact"),
    path("toegankelijkheid/", views.accessibility_statement, name="accessibility"),
    path("help/trekkers/", views.help_for_trekkers, name="help_trekkers"),
    path("zoeken/", include("search.urls")),
    path("beheer/", admin.site.urls),
    path("account/", include("allauth.urls")),
    path("bijeenkomsten/", include("meetings.urls")),
    path("", include("participation.urls")),
    path("begrippen/", include("glossary.urls")),
    path("taalcheck/", include("glossary.taalcheck.urls")),
    path("projecten/", include("projects.urls")),
    path("themas/", include("projects.theme_urls")),
    path("leden/mijn-gegevens/meldingen/", include("notifications.urls")),
    path("kennisbank/", include("library.urls")),
    path("nieuws/", include("library.news_urls")),
    path("leden/", include("members.urls")),
    path("", include("followup.urls")),
    path("", include("members.public_urls")),
    path("api/begrippen/", include("glossary.api_urls")),
    path("api/taalcheck/", include("glossary.taalcheck.api_urls")),
    path("api/kennisbank/", include("library.api_urls")),
]

# No route serves MEDIA_ROOT, not even with DEBUG on: uploads go out through the views of their
# apps, which check who asks (leernetwerk/files.py).
