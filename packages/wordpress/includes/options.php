<?php
/**
 * The plugin's one option (an array): where the API is, the partner name, the language, the theme and colours.
 * Every value is sanitised on the way in (here) and escaped on the way out (render.php).
 *
 * @package SolidarityWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

const SOLIDARITY_WIDGETS_OPTION = 'solidarity_widgets_options';

/**
 * The languages the widgets speak (packages/widgets/src/core/i18n/languages.ts; a test keeps the two lists equal),
 * tag => name in that language. '' (not listed) = the page's own language, else English.
 */
const SOLIDARITY_WIDGETS_LANGUAGES = array(
	'en'      => 'English',
	'cy'      => 'Cymraeg',
	'pl'      => 'Polski',
	'ro'      => 'Română',
	'pt'      => 'Português',
	'es'      => 'Español',
	'it'      => 'Italiano',
	'fr'      => 'Français',
	'de'      => 'Deutsch',
	'bg'      => 'Български',
	'lt'      => 'Lietuvių',
	'el'      => 'Ελληνικά',
	'tr'      => 'Türkçe',
	'so'      => 'Soomaali',
	'ar'      => 'العربية',
	'ur'      => 'اردو',
	'bn'      => 'বাংলা',
	'pa'      => 'ਪੰਜਾਬੀ',
	'gu'      => 'ગુજરાતી',
	'ta'      => 'தமிழ்',
	'zh-Hans' => '简体中文',
);

/** Ready themes (docs/theming.md). */
const SOLIDARITY_WIDGETS_THEMES = array( '', 'light', 'dark', 'auto', 'high-contrast' );

/** Colour settings → the widgets' CSS custom properties. */
const SOLIDARITY_WIDGETS_COLOURS = array(
	'color_primary' => '--sw-color-primary',
	'color_text'    => '--sw-color-text',
	'color_surface' => '--sw-color-surface',
);

/**
 * The saved options, with defaults for anything missing.
 *
 * @return array<string, string>
 */
function solidarity_widgets_options() {
	$defaults = array(
		'api_base'      => '',
		'partner'       => '',
		'lang'          => '',
		'theme'         => '',
		'color_primary' => '',
		'color_text'    => '',
		'color_surface' => '',
	);
	$saved = get_option( SOLIDARITY_WIDGETS_OPTION, array() );
	return array_merge( $defaults, is_array( $saved ) ? array_intersect_key( $saved, $defaults ) : array() );
}

/**
 * Sanitises the settings form (register_setting's sanitize_callback). A value that is not allowed is dropped
 * with a message on the settings page, never stored.
 *
 * @param mixed $input The submitted values.
 * @return array<string, string>
 */
function solidarity_widgets_sanitize_options( $input ) {
	$input = is_array( $input ) ? wp_unslash( $input ) : array();
	$out   = array();

	$api = isset( $input['api_base'] ) ? trim( (string) $input['api_base'] ) : '';
	$api = untrailingslashit( esc_url_raw( $api, array( 'https', 'http' ) ) );
	$parts = '' === $api ? array() : wp_parse_url( $api );
	if ( '' !== $api && ( empty( $parts['host'] ) || ! in_array( $parts['scheme'] ?? '', array( 'https', 'http' ), true ) || isset( $parts['query'] ) || isset( $parts['fragment'] ) ) ) {
		add_settings_error( SOLIDARITY_WIDGETS_OPTION, 'api_base', __( 'The API address must be an http(s) address, such as https://widgets.example.org.', 'solidarity-widgets' ) );
		$api = '';
	}
	$out['api_base'] = $api;

	$partner = isset( $input['partner'] ) ? strtolower( trim( (string) $input['partner'] ) ) : '';
	if ( '' !== $partner && ! preg_match( '/^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/', $partner ) ) {
		add_settings_error( SOLIDARITY_WIDGETS_OPTION, 'partner', __( 'The partner name may use lower-case letters, digits and hyphens only.', 'solidarity-widgets' ) );
		$partner = '';
	}
	$out['partner'] = $partner;

	$lang        = isset( $input['lang'] ) ? (string) $input['lang'] : '';
	$out['lang'] = isset( SOLIDARITY_WIDGETS_LANGUAGES[ $lang ] ) ? $lang : '';

	$theme        = isset( $input['theme'] ) ? (string) $input['theme'] : '';
	$out['theme'] = in_array( $theme, SOLIDARITY_WIDGETS_THEMES, true ) ? $theme : '';

	foreach ( array_keys( SOLIDARITY_WIDGETS_COLOURS ) as $key ) {
		$colour      = isset( $input[ $key ] ) ? sanitize_hex_color( trim( (string) $input[ $key ] ) ) : '';
		$out[ $key ] = $colour ? $colour : '';
	}
	return $out;
}
