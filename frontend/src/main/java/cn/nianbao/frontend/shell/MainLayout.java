package cn.nianbao.frontend.shell;

import java.util.Locale;

import cn.nianbao.frontend.i18n.LanguageSetup;
import cn.nianbao.frontend.i18n.Translations;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;

/**
 * The frame of every page: product name, navigation, language switch. The menu is built from the views' {@code @Menu}
 * annotations (their titles are translation keys), so the shell knows no view and a new view needs no change here.
 */
@Layout
public class MainLayout extends AppLayout {

    public MainLayout() {
        addClassName("main-layout");
        setPrimarySection(Section.DRAWER);
        addToNavbar(new DrawerToggle(), productName(), languageSwitch());
        addToDrawer(navigation());
    }

    private Div productName() {
        Span name = new Span(getTranslation("app.name"));
        name.addClassName("product-name");
        Span subtitle = new Span(getTranslation("app.subtitle"));
        subtitle.addClassName("product-subtitle");
        Div product = new Div(name, subtitle);
        product.addClassName("product");
        return product;
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.addClassName("main-nav");
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(
                new SideNavItem(getTranslation(entry.title()), entry.path(), new Icon(entry.icon()))));
        return nav;
    }

    private Select<Locale> languageSwitch() {
        Select<Locale> language = new Select<>();
        language.addClassName("language-switch");
        language.setItems(Translations.CHINESE, Translations.ENGLISH);
        language.setItemLabelGenerator(locale -> Translations.ENGLISH.equals(locale) ? "English" : "中文");
        language.setAriaLabel(getTranslation("language.label"));
        language.setValue(getLocale() != null && "en".equals(getLocale().getLanguage())
                ? Translations.ENGLISH : Translations.CHINESE);
        language.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                getUI().ifPresent(ui -> LanguageSetup.choose(ui, event.getValue()));
            }
        });
        return language;
    }
}
