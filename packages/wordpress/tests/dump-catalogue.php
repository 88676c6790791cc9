<?php
// Prints the widget catalogue as JSON (or, with the argument `languages`, the language list), with just enough of
// WordPress stubbed to load includes/widgets.php and includes/options.php. Used by the tests (and to write
// blocks/*/block.json) without a WordPress install.
define( 'ABSPATH', __DIR__ );
function __( $text, $domain = 'default' ) {
	return $text;
}
require dirname( __DIR__ ) . '/includes/widgets.php';
require dirname( __DIR__ ) . '/includes/options.php';
$what = ( $argv[1] ?? '' ) === 'languages' ? SOLIDARITY_WIDGETS_LANGUAGES : solidarity_widgets_catalogue();
echo json_encode( $what, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE ), "\n";
